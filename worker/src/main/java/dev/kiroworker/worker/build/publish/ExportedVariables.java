package dev.kiroworker.worker.build.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The variables the buildspec exports for the state machine, taken from {@code summary.json} and
 * written as {@code NAME=value} lines to {@code exported-variables.env}, which the buildspec
 * sources with {@code set -a; . exported-variables.env; set +a}.
 *
 * <p>Because that file is run by a shell, every value is checked against a strict {@link
 * ValueFormat}; a value that does not match is written empty and a warning names it. A section a
 * step has not written yet gives the defaults: {@code 0} for counts, {@code NOT_RUN} for the gate,
 * {@code false} for flags, empty for coverage and the commit.
 */
public final class ExportedVariables {

  public static final String TESTS_PASSED = "KIRO_TESTS_PASSED";
  public static final String TESTS_FAILED = "KIRO_TESTS_FAILED";
  public static final String LINE_COVERAGE = "KIRO_LINE_COVERAGE";
  public static final String BRANCH_COVERAGE = "KIRO_BRANCH_COVERAGE";
  public static final String GATE = "KIRO_GATE";
  public static final String COMMIT_SHA = "KIRO_COMMIT_SHA";
  public static final String TASKS_COMPLETED = "KIRO_TASKS_COMPLETED";
  public static final String TASKS_REMAINING = "KIRO_TASKS_REMAINING";
  public static final String PARTIAL = "KIRO_PARTIAL";
  public static final String PUSHED = "KIRO_PUSHED";

  private final Map<String, String> values;

  private ExportedVariables(Map<String, String> values) {
    this.values = values;
  }

  /**
   * The variables for {@code summary} (the whole {@code summary.json} object).
   *
   * @param warnings receives one line per value that was refused and written empty
   */
  public static ExportedVariables from(ObjectNode summary, Consumer<String> warnings) {
    Source source = new Source(Objects.requireNonNull(summary, "summary"), warnings);
    Map<String, String> values = new LinkedHashMap<>();
    values.put(
        TESTS_PASSED, source.value(TESTS_PASSED, ValueFormat.COUNT, "0", "verify", "testsPassed"));
    values.put(TESTS_FAILED, source.testsFailed());
    values.put(
        LINE_COVERAGE, source.value(LINE_COVERAGE, ValueFormat.PERCENT, "", "verify", "linePct"));
    values.put(
        BRANCH_COVERAGE,
        source.value(BRANCH_COVERAGE, ValueFormat.PERCENT, "", "verify", "branchPct"));
    values.put(GATE, source.value(GATE, ValueFormat.GATE, "NOT_RUN", "verify", "gate"));
    values.put(COMMIT_SHA, source.commitSha());
    values.put(TASKS_COMPLETED, source.tasksCompleted());
    values.put(
        TASKS_REMAINING,
        source.value(TASKS_REMAINING, ValueFormat.COUNT, "0", "implement", "remaining"));
    values.put(
        PARTIAL, source.value(PARTIAL, ValueFormat.BOOLEAN, "false", "implement", "partial"));
    values.put(PUSHED, source.value(PUSHED, ValueFormat.BOOLEAN, "false", "publish", "pushed"));
    return new ExportedVariables(values);
  }

  /** Name to value, in the order they are written. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }

  /** The file's content: one {@code NAME=value} line per variable. */
  public String text() {
    StringBuilder text = new StringBuilder();
    values.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
    return text.toString();
  }

  /**
   * Writes {@link #text()} to {@code file} through a temporary file and a rename, so the buildspec
   * never sources a half-written file.
   */
  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".exported-variables", ".tmp");
      Files.writeString(temporary, text(), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the exported variables to " + file, e);
    }
  }

  /** Reads fields of the summary and checks them, warning about each refused value. */
  private record Source(ObjectNode summary, Consumer<String> warnings) {

    /** The field's value checked against {@code format}, or {@code fallback} when it is absent. */
    String value(
        String variable, ValueFormat format, String fallback, String section, String name) {
      return field(section, name)
          .map(node -> checked(variable, format, render(node, format), section + "." + name))
          .orElse(fallback);
    }

    /** Failed and errored tests together: both mean the code under test is not right. */
    String testsFailed() {
      String failed = value(TESTS_FAILED, ValueFormat.COUNT, "0", "verify", "testsFailed");
      String errored = value(TESTS_FAILED, ValueFormat.COUNT, "0", "verify", "testsErrored");
      if (failed.isEmpty() || errored.isEmpty()) {
        return "";
      }
      return String.valueOf(Long.parseLong(failed) + Long.parseLong(errored));
    }

    /** The commit pushed; before publish has run, the commit checkout found. */
    String commitSha() {
      String where = field("publish", "commitSha").isPresent() ? "publish" : "checkout";
      String name = where.equals("publish") ? "commitSha" : "headSha";
      return value(COMMIT_SHA, ValueFormat.SHA, "", where, name);
    }

    String tasksCompleted() {
      Optional<JsonNode> completed = field("implement", "completed");
      if (completed.isEmpty()) {
        return "0";
      }
      if (!completed.get().isArray()) {
        return checked(
            TASKS_COMPLETED, ValueFormat.COUNT, completed.get().toString(), "implement.completed");
      }
      return String.valueOf(completed.get().size());
    }

    private Optional<JsonNode> field(String section, String name) {
      JsonNode value = summary.path(section).path(name);
      return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private String checked(String variable, ValueFormat format, String text, String where) {
      if (format.accepts(text)) {
        return text;
      }
      warnings.accept(
          "summary.json's "
              + where
              + " is not a valid "
              + format.name().toLowerCase(java.util.Locale.ROOT)
              + " ('"
              + shown(text)
              + "'); "
              + variable
              + " is written empty.");
      return "";
    }

    /** A JSON number as text; a percentage rounded to two places, as the format allows. */
    private static String render(JsonNode node, ValueFormat format) {
      if (format == ValueFormat.PERCENT && node.isNumber()) {
        return node.decimalValue()
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
      }
      return node.isValueNode() ? node.asText() : node.toString();
    }

    /** Enough of a refused value to recognise it, without letting it forge log lines. */
    private static String shown(String text) {
      String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
      return cut.replaceAll("\\p{Cntrl}", "?");
    }
  }
}
