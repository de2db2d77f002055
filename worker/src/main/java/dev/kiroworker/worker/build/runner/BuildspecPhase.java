package dev.kiroworker.worker.build.runner;

import java.util.List;
import java.util.Objects;

/** One phase of a buildspec: its commands, its {@code finally} commands and its failure rule. */
public record BuildspecPhase(
    PhaseType type, List<String> commands, List<String> finallyCommands, OnFailure onFailure) {

  public BuildspecPhase {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(onFailure, "onFailure");
    commands = List.copyOf(commands);
    finallyCommands = List.copyOf(finallyCommands);
  }
}
