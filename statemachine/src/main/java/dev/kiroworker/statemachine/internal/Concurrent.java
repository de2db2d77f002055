package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the paths of a Parallel or Map state on virtual threads, at most {@code limit} at once, and
 * gathers their results in order and their failures in the order they happened.
 */
final class Concurrent {

  private Concurrent() {}

  /** One path's work. */
  @FunctionalInterface
  interface Job {
    JsonNode run();
  }

  /**
   * @param results one per job, null where the job failed or was stopped
   * @param failures one per job, null where it succeeded
   * @param firstFailure the failure that happened first, or null
   */
  record Outcome(
      List<JsonNode> results, List<StatesException> failures, StatesException firstFailure) {}

  /**
   * Runs every job and waits for all of them.
   *
   * @param limit the most jobs at once; 0 for no limit
   * @param stopOnFailure raise {@code stop} as soon as a job fails, so the others end early
   */
  static Outcome runAll(List<Job> jobs, int limit, AtomicBoolean stop, boolean stopOnFailure) {
    int count = jobs.size();
    JsonNode[] results = new JsonNode[count];
    StatesException[] failures = new StatesException[count];
    AtomicReference<StatesException> first = new AtomicReference<>();
    AtomicReference<RuntimeException> escaped = new AtomicReference<>();
    Semaphore slots = new Semaphore(limit > 0 ? limit : Math.max(1, count));
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    slots.acquireUninterruptibly();
                    try {
                      if (stop.get()) {
                        return;
                      }
                      results[index] = jobs.get(index).run();
                    } catch (StatesException e) {
                      failures[index] = e;
                      first.compareAndSet(null, e);
                      if (stopOnFailure) {
                        stop.set(true);
                      }
                    } catch (Interpreter.PathStopped e) {
                      // A sibling failed first; its error is the one that counts.
                    } catch (RuntimeException e) {
                      escaped.compareAndSet(null, e);
                      stop.set(true);
                    } finally {
                      slots.release();
                    }
                  }));
    }
    joinAll(threads);
    if (escaped.get() != null) {
      throw escaped.get();
    }
    return new Outcome(Arrays.asList(results), Arrays.asList(failures), first.get());
  }

  private static void joinAll(List<Thread> threads) {
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw StatesException.runtime("the execution was interrupted");
      }
    }
  }
}
