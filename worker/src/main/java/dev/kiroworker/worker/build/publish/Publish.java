package dev.kiroworker.worker.build.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.worker.build.BuildOutput;
import dev.kiroworker.worker.build.BuildSummary;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The publish step: exported variables first (so a push that fails or hangs still leaves what is
 * known, with {@code KIRO_PUSHED=false}), then the push, then the summary's {@code publish} section
 * and the exported variables again with the push's outcome.
 */
public final class Publish {

  /** The step's name: its summary section and its log file. */
  public static final String STEP = "publish";

  private final BuildOutput output;
  private final Push push;
  private final Consumer<String> log;

  public Publish(BuildOutput output, Push push, Consumer<String> log) {
    this.output = Objects.requireNonNull(output, "output");
    this.push = Objects.requireNonNull(push, "push");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Writes the exported variables from {@code output}'s summary as it stands, ignoring an old
   * {@code publish} section (a previous run's push says nothing about this one). Called before the
   * push, and before its inputs are even read, so a refused input or a killed push still leaves
   * what verify and implement found.
   */
  public static void exportKnown(BuildOutput output, Consumer<String> log) {
    ObjectNode known = BuildSummary.of(output).toJson();
    known.remove(STEP);
    export(output, known, log);
  }

  /** Writes the exported variables from {@code output}'s whole summary. */
  public static void exportSummary(BuildOutput output, Consumer<String> log) {
    export(output, BuildSummary.of(output).toJson(), log);
  }

  /**
   * Pushes {@code clone} as {@code request} says, records the outcome and exports the variables.
   *
   * @throws dev.kiroworker.worker.build.BuildInputException when the request is refused; nothing
   *     was pushed or recorded
   */
  public PushResult publish(Path clone, PushRequest request) {
    PushResult result = push.push(clone, request);
    BuildSummary summary = BuildSummary.of(output).put(STEP, result.toJson());
    summary.save();
    export(output, summary.toJson(), log);
    return result;
  }

  /** Writes {@code summary}'s exported variables into {@code output}, warnings to {@code log}. */
  public static void export(BuildOutput output, ObjectNode summary, Consumer<String> log) {
    ExportedVariables variables = ExportedVariables.from(summary, log);
    variables.write(output.exportedVariablesFile());
    log.accept("Wrote " + output.exportedVariablesFile() + ".");
  }
}
