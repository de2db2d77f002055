package dev.kiroworker.handlers.github;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the code under test sleeps: waits are recorded, never slept. */
final class VirtualTime extends Clock implements Sleeper {

  /** 2026-11-26T10:00:00Z, the moment every test starts at. */
  static final Instant START = Instant.ofEpochSecond(1_795_687_200L);

  private final List<Duration> waits = new ArrayList<>();
  private Instant now = START;

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("tests use UTC");
  }
}
