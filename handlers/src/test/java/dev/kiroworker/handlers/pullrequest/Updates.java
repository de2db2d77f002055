package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.coverage.QualityGateResult;
import java.util.List;

/** UpdatePullRequest inputs for PR 42 of octo-org/sample-service, one per kind of report. */
final class Updates {

  static final String ARN =
      "arn:aws:states:eu-west-1:123456789012:execution:kiro-worker-test:run-20261126-1000";
  static final String ITEM = "PVTI_lADOBXkHcM4AqZ3xzgXy1a8";

  static final QualityGateResult GATE_MET =
      new QualityGateResult(
          91.2, 84.0, 80, 123, 120, 0, 0, 3, true, List.of("Line coverage 91.2 % meets 80 %."));
  static final QualityGateResult GATE_NOT_MET =
      new QualityGateResult(
          72.4,
          null,
          80,
          10,
          8,
          1,
          1,
          0,
          false,
          List.of("Line coverage 72.4 % is below 80 %.", "2 of 10 tests failed."));

  private Updates() {}

  static PullRequestUpdate of(
      Phase phase,
      QualityGateResult gate,
      PullRequestUpdate.Failure failure,
      PullRequestUpdate.Validation validation) {
    return new PullRequestUpdate(
        phase,
        new PullRequestUpdate.WorkItem(ITEM, null, "octo-org/sample-service", 17),
        new PullRequestUpdate.PullRequest(42, "https://github.com/octo-org/sample-service/pull/42"),
        gate == null
            ? null
            : new PullRequestUpdate.Results(
                "s3://artifacts/test/build-1/", "JaCoCo XML", "s3://x/jacoco.xml", 2, gate),
        failure,
        validation,
        new PullRequestUpdate.Execution(ARN, null),
        new PullRequestUpdate.Build(
            "kiro-worker:0f6c", "https://console.aws.amazon.com/codesuite/codebuild/logs", 724L));
  }

  static PullRequestUpdate phase(Phase phase) {
    return of(phase, null, null, null);
  }

  static PullRequestUpdate succeeded() {
    return of(Phase.SUCCEEDED, GATE_MET, null, null);
  }

  static PullRequestUpdate gateNotMet() {
    return of(Phase.FAILED, GATE_NOT_MET, null, null);
  }

  static PullRequestUpdate failure(String error, String cause) {
    return of(Phase.FAILED, null, new PullRequestUpdate.Failure(error, cause), null);
  }

  static PullRequestUpdate rejected(List<String> problems) {
    return of(Phase.REJECTED, null, null, new PullRequestUpdate.Validation(problems));
  }
}
