package dev.kiroworker.handlers.pullrequest;

/** Durations as people read them: {@code 45 s}, {@code 12 min 4 s}, {@code 1 h 2 min}. */
final class Durations {

  private Durations() {}

  static String describe(long seconds) {
    long s = Math.max(0, seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }
}
