package dev.kiroworker.worker.build.implement;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves on by a fixed step each time it is read, so budgets run out without waits. */
final class StepClock implements InstantSource {

  private final Duration step;
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  StepClock(Duration step) {
    this.step = step;
  }

  @Override
  public synchronized Instant instant() {
    Instant read = now;
    now = now.plus(step);
    return read;
  }
}
