package dev.kiroworker.worker.demo.github;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One change a handler made through the stand-in, or one request it could not answer, in the order
 * they arrived: what the demo prints after a run.
 *
 * @param kind what happened
 * @param target what it happened to: {@code PR #42}, {@code issue #17}, a draft's title, or the
 *     request line of an unknown request
 * @param values the details, in a fixed order per kind ({@code from}/{@code to} for a move, {@code
 *     commentId}/{@code body} for a comment, {@code status}/{@code reason} for an unknown request)
 */
public record RecordedMutation(Kind kind, String target, Map<String, String> values) {

  /** What a recorded entry is. */
  public enum Kind {
    /** A board item's Status changed ({@code updateProjectV2ItemFieldValue}). */
    ITEM_MOVED,
    /** A comment was created on a pull request or issue. */
    COMMENT_CREATED,
    /** A comment was edited in place. */
    COMMENT_EDITED,
    /** A request the stand-in does not serve, answered with an error in GitHub's shape. */
    UNKNOWN_REQUEST,
    /** A request without the demo token, answered 401. */
    UNAUTHORIZED_REQUEST
  }

  public RecordedMutation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** One line for the demo's console, such as {@code moved PR #42 from In Progress to Done}. */
  public String describe() {
    return switch (kind) {
      case ITEM_MOVED ->
          "moved " + target + " from " + values.get("from") + " to " + values.get("to");
      case COMMENT_CREATED -> "commented on " + target + ": " + headline(values.get("body"));
      case COMMENT_EDITED ->
          "edited comment "
              + values.get("commentId")
              + " on "
              + target
              + ": "
              + headline(values.get("body"));
      case UNKNOWN_REQUEST ->
          "unexpected request " + target + " (answered " + values.get("status") + ")";
      case UNAUTHORIZED_REQUEST -> "request without the demo token " + target + " (answered 401)";
    };
  }

  /** The first line of a comment that says something: the results comment opens with a marker. */
  private static String headline(String body) {
    for (String line : body.split("\n")) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("<!--")) {
        return text.replaceFirst("^#+\\s*", "");
      }
    }
    return "(empty)";
  }
}
