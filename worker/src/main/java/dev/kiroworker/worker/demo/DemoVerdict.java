package dev.kiroworker.worker.demo;

import dev.kiroworker.statemachine.ExecutionStatus;
import dev.kiroworker.worker.demo.github.RecordedMutation;
import java.util.List;
import java.util.Optional;

/**
 * Whether a run ended the way its scenario should: the scenario's last state and status, and no
 * request the GitHub stand-in did not expect. A scenario that is meant to fail succeeds as a demo.
 */
final class DemoVerdict {

  private DemoVerdict() {}

  /** Empty when the run ended as designed, else what went differently. */
  static Optional<String> problem(
      DemoScenario scenario,
      List<String> path,
      ExecutionStatus status,
      List<RecordedMutation> unexpectedRequests) {
    String last = path.isEmpty() ? "(no state)" : path.get(path.size() - 1);
    if (status != scenario.status() || !last.equals(scenario.lastState())) {
      return Optional.of(
          "the "
              + scenario.label()
              + " scenario should end "
              + scenario.status()
              + " in "
              + scenario.lastState()
              + ", but the run ended "
              + status
              + " in "
              + last);
    }
    if (!unexpectedRequests.isEmpty()) {
      return Optional.of(
          "the GitHub stand-in got "
              + unexpectedRequests.size()
              + " request(s) it does not serve, first: "
              + unexpectedRequests.get(0).describe());
    }
    return Optional.empty();
  }
}
