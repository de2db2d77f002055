package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.coverage.QualityGateResult;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.List;

/**
 * UpdatePullRequest's input: the phase and what the workflow knows at that point.
 *
 * @param phase which report this is
 * @param workItem the board item (DiscoverWorkItem's {@code item})
 * @param pullRequest the pull request to comment on (ValidateSpec's {@code pullRequest}); when
 *     absent the comment goes to {@code workItem.number}, and with neither only the board moves
 * @param results ParseCoverage's result, for {@code succeeded} and {@code failed}
 * @param failure the error a Catch caught ({@code {Error, Cause}} renamed), for {@code failed}
 * @param validation ValidateSpec's problems, for {@code rejected}
 * @param execution the Step Functions execution, for the console link
 * @param build the CodeBuild build, when one ran
 */
public record PullRequestUpdate(
    Phase phase,
    WorkItem workItem,
    PullRequest pullRequest,
    Results results,
    Failure failure,
    Validation validation,
    Execution execution,
    Build build) {

  /**
   * The board item.
   *
   * @param projectItemId the item's node id on the board ({@code PVTI_...})
   * @param projectId the board's node id ({@code PVT_...}); when absent the board is found from the
   *     project configuration's owner and number
   * @param repository {@code owner/name}
   * @param number the item's issue or pull request number, when it has one
   */
  public record WorkItem(
      String projectItemId, String projectId, String repository, Integer number) {}

  /** The pull request from the feature branch. */
  public record PullRequest(Integer number, String url) {}

  /** ParseCoverage's result, as that state writes it. */
  public record Results(
      String reportsLocation,
      String coverageFormat,
      String coverageReport,
      int testReports,
      QualityGateResult gate) {}

  /**
   * A caught error.
   *
   * @param error the error name: an exception's class name or a {@code States.*} name
   * @param cause the error's message; may hold anything, so it is scrubbed and fenced
   */
  public record Failure(String error, String cause) {}

  /** ValidateSpec's problems. */
  public record Validation(List<String> problems) {}

  /**
   * The execution.
   *
   * @param arn the execution ARN ({@code $$.Execution.Id})
   * @param consoleUrl a link to use instead of the one built from the ARN (local runs)
   */
  public record Execution(String arn, String consoleUrl) {}

  /**
   * The CodeBuild build.
   *
   * @param id the build id ({@code project:uuid})
   * @param logsUrl a link to its logs
   * @param durationSeconds how long it ran
   */
  public record Build(String id, String logsUrl, Long durationSeconds) {}

  public PullRequestUpdate {
    require(phase != null, "phase (started, succeeded, failed, rejected or stuck)");
    require(workItem != null && notBlank(workItem.projectItemId()), "workItem.projectItemId");
    require(notBlank(workItem.repository()), "workItem.repository");
    require(execution != null && notBlank(execution.arn()), "execution.arn");
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private static void require(boolean present, String field) {
    if (!present) {
      throw new PermanentException(
          "The UpdatePullRequest input has no " + field + "; check the state's Parameters.");
    }
  }
}
