package dev.kiroworker.worker.build.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads one of a process's output streams to its end on a virtual thread, line by line. A line is
 * cut at {@link #MAX_LINE} characters so output without newlines cannot exhaust memory.
 */
final class StreamDrain {

  static final int MAX_LINE = 64 * 1024;

  private StreamDrain() {}

  static Thread start(InputStream stream, OutputTail tail) {
    // A platform thread: a read from a pipe blocks in native code, and on a virtual thread it
    // would hold a carrier for the process's whole life, starving other virtual threads.
    return Thread.ofPlatform().daemon().name("process-drain").start(() -> drain(stream, tail));
  }

  private static void drain(InputStream stream, OutputTail tail) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = reader.read()) != -1) {
        if (c == '\n') {
          tail.accept(withoutCarriageReturn(line));
          line.setLength(0);
        } else {
          line.append((char) c);
          if (line.length() >= MAX_LINE) {
            tail.accept(line.toString());
            line.setLength(0);
          }
        }
      }
      if (!line.isEmpty()) {
        tail.accept(line.toString());
      }
    } catch (IOException e) {
      // The stream closes under us when the runner gives up on a lingering grandchild that still
      // holds the pipe; what was read so far is already kept.
      tail.accept("[output stream closed: " + e.getMessage() + "]");
    }
  }

  private static String withoutCarriageReturn(StringBuilder line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      end--;
    }
    return line.substring(0, end);
  }
}
