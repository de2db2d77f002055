package dev.kiroworker.handlers.github;

import dev.kiroworker.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the code under test sleeps: waits are recorded, never slept. */
public final class VirtualTime extends ManualClock implements Sleeper {

  /** 2026-11-26T10:00:00Z, the moment every test starts at. */
  public static final Instant START = Instant.ofEpochSecond(1_795_687_200L);

  private final List<Duration> waits = new ArrayList<>();

  public VirtualTime() {
    super(START);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    advance(duration);
  }

  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
