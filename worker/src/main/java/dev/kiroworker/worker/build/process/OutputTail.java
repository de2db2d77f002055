package dev.kiroworker.worker.build.process;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Keeps the last lines of a process's output within a character bound, scrubbing each line and
 * handing it on. Synchronized because stdout and stderr are drained by two threads; the line
 * consumer is called under the same lock, so it sees one line at a time.
 */
final class OutputTail {

  private final int limit;
  private final SecretScrubber scrubber;
  private final Consumer<String> lines;
  private final Deque<String> kept = new ArrayDeque<>();
  private long size;
  private boolean truncated;

  OutputTail(int limit, SecretScrubber scrubber, Consumer<String> lines) {
    this.limit = limit;
    this.scrubber = scrubber;
    this.lines = lines;
  }

  synchronized void accept(String line) {
    String clean = scrubber.scrub(line);
    kept.addLast(clean);
    size += clean.length() + 1;
    while (size > limit) {
      size -= kept.removeFirst().length() + 1;
      truncated = true;
    }
    lines.accept(clean);
  }

  synchronized String text() {
    StringBuilder text = new StringBuilder();
    kept.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  synchronized boolean truncated() {
    return truncated;
  }
}
