package dev.kiroworker.worker.build.tasks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a {@code tasks.md} with where each starts, so that a tick edits one character and
 * keeps every line ending ({@code \n} or {@code \r\n}) as it was.
 */
final class SourceLines {

  /** Larger than any task list Kiro writes; a bigger file is a mistake or an attack. */
  static final int MAX_BYTES = 1024 * 1024;

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> starts = new ArrayList<>();

  private SourceLines(String text) {
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(text.substring(start, contentEnd));
      starts.add(start);
      start = end + 1;
    }
  }

  /** Splits {@code text}, refusing one over {@link #MAX_BYTES} in UTF-8. */
  static SourceLines of(String text) {
    // Every char is at least one byte, so the cheap check first, then the exact one.
    if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new TasksMdException(
          "tasks.md is too large",
          List.of(
              "the limit is %d bytes (1 MiB); split the spec into smaller specs"
                  .formatted(MAX_BYTES)));
    }
    return new SourceLines(text);
  }

  int count() {
    return lines.size();
  }

  /** Line {@code number} (1-based) without its line ending. */
  String line(int number) {
    return lines.get(number - 1);
  }

  /** The offset in the text of line {@code number}'s first character. */
  int start(int number) {
    return starts.get(number - 1);
  }
}
