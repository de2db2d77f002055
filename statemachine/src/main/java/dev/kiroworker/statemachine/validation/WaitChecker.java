package dev.kiroworker.statemachine.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Checks what is particular to a Wait state: exactly one way of saying how long to wait. */
final class WaitChecker {

  private static final List<String> DURATIONS =
      List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

  /**
   * RFC 3339 as AWS takes it: an uppercase T between date and time, seconds required, and Z or a
   * numeric offset.
   */
  private static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private WaitChecker() {}

  static void check(ObjectFields wait) {
    List<String> given = DURATIONS.stream().filter(wait::has).toList();
    if (given.isEmpty()) {
      wait.reportHere("a Wait state needs one of Seconds, Timestamp, SecondsPath or TimestampPath");
    } else if (given.size() > 1) {
      wait.reportHere(
          "a Wait state takes exactly one of Seconds, Timestamp, SecondsPath or TimestampPath,"
              + " but has "
              + String.join(" and ", given));
    }
    wait.wholeNumber("Seconds", 0, ErrorHandlingChecker.MAX_SECONDS);
    wait.string("Timestamp")
        .filter(timestamp -> !isTimestamp(timestamp))
        .ifPresent(
            timestamp ->
                wait.report(
                    "Timestamp",
                    "must be an RFC 3339 timestamp such as 2026-01-31T09:00:00Z, got \""
                        + timestamp
                        + "\""));
    wait.readingReferencePath("SecondsPath");
    wait.readingReferencePath("TimestampPath");
  }

  /** Whether {@code text} is a timestamp a Wait state accepts. */
  static boolean isTimestamp(String text) {
    if (!RFC_3339.matcher(text).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
