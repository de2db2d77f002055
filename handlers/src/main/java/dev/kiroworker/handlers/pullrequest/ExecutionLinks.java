package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Markdown links of a results comment: the Step Functions execution and the build's logs. */
final class ExecutionLinks {

  private static final Pattern EXECUTION_ARN =
      Pattern.compile(
          "arn:aws:states:([a-z0-9-]{1,30}):([0-9]{12}):execution:[A-Za-z0-9_-]{1,80}:"
              + "[A-Za-z0-9_-]{1,80}");

  /**
   * The account local mode (and the AWS emulators) put in their ARNs. No AWS account has it, so a
   * console link for it would lead a reader of a real pull request nowhere.
   */
  static final String LOCAL_ACCOUNT = "000000000000";

  // No whitespace, brackets, quotes or backticks: the URL goes inside Markdown's (...).
  private static final Pattern SAFE_URL = Pattern.compile("https://[^\\s()<>\\[\\]\"'`\\\\]+");

  private ExecutionLinks() {}

  /** The links for {@code update}, e.g. {@code [Step Functions execution](https://...)}. */
  static List<String> of(PullRequestUpdate update) {
    List<String> links = new ArrayList<>();
    consoleUrl(update.execution())
        .ifPresent(url -> links.add("[Step Functions execution](" + url + ")"));
    if (update.build() != null && update.build().logsUrl() != null) {
      links.add("[CodeBuild logs](" + safe(update.build().logsUrl(), "build.logsUrl") + ")");
    }
    return links;
  }

  /**
   * The console address of the execution: the given one, else built from an AWS ARN. An ARN of
   * another shape (another partition) or of the local account has no console to link to.
   */
  static Optional<String> consoleUrl(PullRequestUpdate.Execution execution) {
    if (execution.consoleUrl() != null) {
      return Optional.of(safe(execution.consoleUrl(), "execution.consoleUrl"));
    }
    Matcher arn = EXECUTION_ARN.matcher(execution.arn());
    if (!arn.matches() || arn.group(2).equals(LOCAL_ACCOUNT)) {
      return Optional.empty();
    }
    String region = arn.group(1);
    return Optional.of(
        "https://"
            + region
            + ".console.aws.amazon.com/states/home?region="
            + region
            + "#/v2/executions/details/"
            + execution.arn());
  }

  private static String safe(String url, String field) {
    if (!SAFE_URL.matcher(url).matches()) {
      throw new PermanentException(
          field
              + " is not an https URL without spaces, brackets or quotes; check the state's"
              + " Parameters.");
    }
    return url;
  }
}
