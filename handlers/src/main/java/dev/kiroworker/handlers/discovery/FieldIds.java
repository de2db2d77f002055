package dev.kiroworker.handlers.discovery;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The REST ids of the board fields discovery reads; the item listing returns field values only for
 * the ids it is asked for.
 *
 * @param branch null when the board has no Branch field
 * @param priority null when no priority field is configured
 */
record FieldIds(String status, String branch, String priority) {

  FieldIds {
    Objects.requireNonNull(status, "status");
  }

  /** The {@code fields} query value: the ids, comma-separated. */
  String query() {
    return Stream.of(status, branch, priority)
        .filter(Objects::nonNull)
        .collect(Collectors.joining(","));
  }
}
