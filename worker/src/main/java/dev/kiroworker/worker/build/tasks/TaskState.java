package dev.kiroworker.worker.build.tasks;

import java.util.Optional;

/** The mark in a task's checkbox: {@code [ ]}, {@code [x]} or {@code [-]}. */
public enum TaskState {
  /** {@code [ ]}: still to do. */
  OPEN,
  /** {@code [x]} or {@code [X]}: done. */
  DONE,
  /** {@code [-]}: started elsewhere, or deliberately left; the worker does not run it. */
  IN_PROGRESS;

  /** The state a checkbox mark stands for, empty when the mark is not one Kiro writes. */
  static Optional<TaskState> ofMark(String mark) {
    return switch (mark) {
      case " " -> Optional.of(OPEN);
      case "x", "X" -> Optional.of(DONE);
      case "-" -> Optional.of(IN_PROGRESS);
      default -> Optional.empty();
    };
  }
}
