package dev.kiroworker.worker.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command reads and writes: results on {@code out}, progress and problems on {@code err}.
 * Injected, so that tests read what a command printed without starting a process.
 */
public record Console(PrintStream out, PrintStream err, InputStream in) {

  public Console {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(in, "in");
  }

  /** The process's own standard streams. */
  public static Console system() {
    return new Console(System.out, System.err, System.in);
  }
}
