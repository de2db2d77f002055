package dev.kiroworker.statemachine.choice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timestamps Step Functions accepts: RFC 3339 date-times where, as AWS requires, the date and
 * time are separated by an uppercase {@code T} and a missing numeric offset is written as an
 * uppercase {@code Z}. RFC 3339 itself also allows lowercase {@code t} and {@code z}; AWS does not.
 */
public final class AwsTimestamp {

  // ISO_OFFSET_DATE_TIME alone is too lenient (lowercase t, offsets with seconds), so the shape is
  // checked first; the formatter then rejects impossible dates such as February 30.
  private static final Pattern SHAPE =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})");

  private AwsTimestamp() {}

  /** The instant {@code text} denotes, or empty when it is not a timestamp AWS accepts. */
  public static Optional<Instant> parse(String text) {
    if (text == null || !SHAPE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
