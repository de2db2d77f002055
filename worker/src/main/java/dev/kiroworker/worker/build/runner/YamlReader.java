package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed values out of a parsed YAML tree, collecting every problem with its location (such as
 * {@code phases.build.commands[2]}) instead of stopping at the first.
 */
final class YamlReader {

  private final List<String> problems = new ArrayList<>();

  List<String> problems() {
    return problems;
  }

  void problem(String location, String message) {
    problems.add(location + ": " + message);
  }

  /** Whether {@code node} is a mapping; a problem when it is present but is not. */
  boolean isMapping(JsonNode node, String location) {
    if (node.isObject()) {
      return true;
    }
    problem(location, "must be a mapping of keys to values, was " + describe(node));
    return false;
  }

  /** Reports each key of {@code mapping} that is not in {@code known}. */
  void onlyKnownKeys(JsonNode mapping, String location, Set<String> known) {
    mapping
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problem(
                    join(location, key),
                    "unknown key; expected one of " + known.stream().sorted().toList());
              }
            });
  }

  /** A scalar's text; absent (with a problem) when it is not a scalar. */
  Optional<String> scalar(JsonNode node, String location) {
    if (node.isValueNode() && !node.isNull()) {
      return Optional.of(node.asText());
    }
    problem(location, "must be a single value, was " + describe(node));
    return Optional.empty();
  }

  /**
   * A list of scalars. A YAML line such as {@code - echo a: b} is read as a mapping, so a mapping
   * item gets a hint to quote it.
   */
  List<String> scalarList(JsonNode node, String location) {
    List<String> values = new ArrayList<>();
    if (!node.isArray()) {
      problem(location, "must be a list, was " + describe(node));
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String at = location + "[" + i + "]";
      if (item.isObject()) {
        problem(at, "is a mapping, not a command; quote it if it contains ': '");
      } else {
        scalar(item, at).ifPresent(values::add);
      }
    }
    return values;
  }

  /** A list of scalars, or one scalar taken as a list of one. */
  List<String> scalarOrList(JsonNode node, String location) {
    return node.isArray() ? scalarList(node, location) : scalar(node, location).stream().toList();
  }

  /** A mapping of names to scalar values, in file order. */
  Map<String, String> scalarMap(JsonNode node, String location) {
    Map<String, String> values = new LinkedHashMap<>();
    if (isMapping(node, location)) {
      node.fields()
          .forEachRemaining(
              field ->
                  scalar(field.getValue(), join(location, field.getKey()))
                      .ifPresent(value -> values.put(field.getKey(), value)));
    }
    return values;
  }

  /** YAML's {@code yes}/{@code no} or {@code true}/{@code false}, any case. */
  boolean yesNo(JsonNode node, String location) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    String text =
        node.isTextual() ? node.textValue().trim().toLowerCase(java.util.Locale.ROOT) : "";
    switch (text) {
      case "yes", "true" -> {
        return true;
      }
      case "no", "false" -> {
        return false;
      }
      default -> {
        problem(location, "must be yes or no, was " + describe(node));
        return false;
      }
    }
  }

  static String join(String location, String key) {
    return location.isEmpty() ? key : location + "." + key;
  }

  // Values are not shown: a misplaced secret must not end up in an error message.
  private static String describe(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return "empty";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return "a single value";
  }
}
