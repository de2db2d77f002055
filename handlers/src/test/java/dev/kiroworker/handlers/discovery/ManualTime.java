package dev.kiroworker.handlers.discovery;

import dev.kiroworker.handlers.github.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock moved by hand or by the code's sleeps: waits are recorded, never slept. */
final class ManualTime extends Clock implements Sleeper {

  private final List<Duration> waits = new ArrayList<>();
  private Instant now = Instant.parse("2026-11-26T10:00:00Z");

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  void advance(Duration duration) {
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
