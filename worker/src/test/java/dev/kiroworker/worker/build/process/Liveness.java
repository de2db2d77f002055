package dev.kiroworker.worker.build.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs. A killed grandchild is re-parented and, under a container init that
 * does not reap, stays a zombie that {@link ProcessHandle#isAlive()} may still report.
 */
public final class Liveness {

  private Liveness() {}

  public static boolean running(long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return !zombie(pid);
    }
    return false;
  }

  private static boolean zombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }
}
