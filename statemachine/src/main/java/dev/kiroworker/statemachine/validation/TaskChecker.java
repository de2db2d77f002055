package dev.kiroworker.statemachine.validation;

import java.math.BigInteger;
import java.util.Optional;

/** Checks what is particular to a Task state: its Resource, timeouts and Credentials. */
final class TaskChecker {

  private TaskChecker() {}

  static void check(ObjectFields task) {
    task.requiredString(
        "Resource", "a Task state needs a Resource: the ARN or URI of the work to run");
    Optional<BigInteger> timeout = seconds(task, "TimeoutSeconds");
    Optional<BigInteger> heartbeat = seconds(task, "HeartbeatSeconds");
    if (timeout.isPresent()
        && heartbeat.isPresent()
        && heartbeat.get().compareTo(timeout.get()) >= 0) {
      task.report(
          "HeartbeatSeconds",
          "must be less than TimeoutSeconds (" + timeout.get() + "), got " + heartbeat.get());
    }
    task.object("Credentials");
  }

  private static Optional<BigInteger> seconds(ObjectFields task, String name) {
    Optional<BigInteger> seconds = task.wholeNumber(name, 1, ErrorHandlingChecker.MAX_SECONDS);
    task.readingReferencePath(name + "Path");
    task.atMostOne(name, name + "Path");
    return seconds;
  }
}
