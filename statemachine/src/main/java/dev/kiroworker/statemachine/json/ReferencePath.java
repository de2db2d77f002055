package dev.kiroworker.statemachine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Reference Path: a JSONPath that names exactly one node, by field names and array indexes only
 * ({@code $}, {@code $.a.b}, {@code $['a b']}, {@code $.list[2]}). ResultPath is one, so it can be
 * written to as well as read.
 */
public final class ReferencePath {

  private static final Pattern SEGMENT =
      Pattern.compile(
          "\\.([A-Za-z0-9_$@\\-]+)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\]|\\[(\\d+)\\]");

  private final String text;
  private final List<Object> segments;

  private ReferencePath(String text, List<Object> segments) {
    this.text = text;
    this.segments = segments;
  }

  /**
   * Parses a reference path.
   *
   * @throws IllegalArgumentException when {@code text} is not a reference path
   */
  public static ReferencePath parse(String text) {
    if (text == null || !text.startsWith("$") || text.startsWith("$$")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a reference path: it must start with $");
    }
    List<Object> segments = new ArrayList<>();
    Matcher matcher = SEGMENT.matcher(text);
    int position = 1;
    while (position < text.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' is not a reference path: only field names and array indexes may follow $");
      }
      if (matcher.group(1) != null) {
        segments.add(matcher.group(1));
      } else if (matcher.group(2) != null) {
        segments.add(matcher.group(2).replaceAll("\\\\(.)", "$1"));
      } else if (matcher.group(3) != null) {
        segments.add(matcher.group(3).replaceAll("\\\\(.)", "$1"));
      } else {
        segments.add(Integer.valueOf(matcher.group(4)));
      }
      position = matcher.end();
    }
    return new ReferencePath(text, List.copyOf(segments));
  }

  /** Whether {@code text} parses as a reference path. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A copy of {@code document} with {@code value} placed at this path; missing objects on the way
   * are created. Returns {@code value} itself for {@code $}.
   *
   * @throws IllegalStateException when the way is blocked by a value that is not an object (or not
   *     an array long enough, for an index)
   */
  public JsonNode put(JsonNode document, JsonNode value) {
    if (segments.isEmpty()) {
      return value;
    }
    if (!(segments.getFirst() instanceof String) || !document.isObject()) {
      throw new IllegalStateException(
          "cannot apply " + text + " to " + describe(document) + ": the input is not an object");
    }
    JsonNode copy = document.deepCopy();
    JsonNode parent = copy;
    for (int i = 0; i < segments.size() - 1; i++) {
      parent = descend(parent, segments.get(i), segments.get(i + 1));
    }
    set(parent, segments.getLast(), value);
    return copy;
  }

  @Override
  public String toString() {
    return text;
  }

  private JsonNode descend(JsonNode parent, Object segment, Object next) {
    JsonNode child = get(parent, segment);
    if (child == null || child.isNull()) {
      if (next instanceof Integer) {
        throw new IllegalStateException("cannot apply " + text + ": no array at " + segment);
      }
      child = Json.object();
      set(parent, segment, child);
    }
    if (next instanceof String && !child.isObject()) {
      throw new IllegalStateException(
          "cannot apply "
              + text
              + ": '"
              + segment
              + "' holds "
              + describe(child)
              + ", not an object");
    }
    return child;
  }

  private JsonNode get(JsonNode parent, Object segment) {
    return segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
  }

  private void set(JsonNode parent, Object segment, JsonNode value) {
    if (segment instanceof Integer index) {
      if (!(parent instanceof ArrayNode array) || index >= array.size()) {
        throw new IllegalStateException(
            "cannot apply " + text + ": index " + index + " is out of range");
      }
      array.set(index, value);
    } else {
      ((ObjectNode) parent).set((String) segment, value);
    }
  }

  private static String describe(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
