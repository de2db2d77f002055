package dev.kiroworker.worker.build.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the buildspec's phases in order with CodeBuild's transitions: a failed install or pre_build
 * ends the build; a failed build still runs post_build, with {@code CODEBUILD_BUILD_SUCCEEDING=0};
 * {@code on-failure: ABORT} ends the build after any failed phase and {@code CONTINUE} goes on to
 * the next. A timeout or a fault ends the build at once.
 */
final class PhaseSequence {

  private PhaseSequence() {}

  /** The phases that ran, in order; the build's status follows from them. */
  static List<PhaseResult> run(Buildspec spec, PhaseRunner runner, ShellSession session) {
    List<PhaseResult> results = new ArrayList<>();
    boolean succeeding = true;
    for (BuildspecPhase phase : spec.phases()) {
      session.set(BuildEnvironment.SUCCEEDING, succeeding ? "1" : "0");
      PhaseResult result = runner.run(phase);
      results.add(result);
      if (result.status() == BuildStatus.SUCCEEDED) {
        continue;
      }
      if (result.status() != BuildStatus.FAILED) {
        break;
      }
      succeeding = false;
      if (!continuesAfterFailure(phase)) {
        break;
      }
    }
    return results;
  }

  /** The status of a build whose phases ended as {@code phases} did. */
  static BuildStatus status(List<PhaseResult> phases) {
    for (BuildStatus worst :
        List.of(BuildStatus.FAULT, BuildStatus.TIMED_OUT, BuildStatus.FAILED)) {
      if (phases.stream().anyMatch(phase -> phase.status() == worst)) {
        return worst;
      }
    }
    return BuildStatus.SUCCEEDED;
  }

  private static boolean continuesAfterFailure(BuildspecPhase phase) {
    return switch (phase.onFailure()) {
      case ABORT -> false;
      case CONTINUE -> true;
      // CodeBuild goes from a failed BUILD to POST_BUILD, and from INSTALL or PRE_BUILD to the end.
      case DEFAULT -> phase.type() == PhaseType.BUILD;
    };
  }
}
