package dev.kiroworker.worker.build.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Kills a process and everything it started: politely first, then forcibly after a grace period.
 */
final class ProcessTree {

  private ProcessTree() {}

  /**
   * Destroys {@code process} and its descendants. The tree is listed before anything is killed:
   * once the parent dies, its children are re-parented and no longer count as its descendants.
   */
  static void kill(Process process, Duration grace) throws InterruptedException {
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    awaitExit(tree, grace);
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    // SIGKILL cannot be ignored; waiting reaps the child so its exit state is known.
    process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void awaitExit(List<ProcessHandle> tree, Duration grace)
      throws InterruptedException {
    CompletableFuture<?>[] exits =
        tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Something ignored SIGTERM; the forcible kill that follows deals with it.
    }
  }
}
