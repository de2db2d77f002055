package dev.kiroworker.cdk.workflow;

import static dev.kiroworker.cdk.workflow.HandlerAccess.CHECK_LOCKS;
import static dev.kiroworker.cdk.workflow.HandlerAccess.READ_BUILD_REPORTS;
import static dev.kiroworker.cdk.workflow.HandlerAccess.READ_GITHUB_TOKEN;
import static dev.kiroworker.cdk.workflow.HandlerAccess.READ_PROJECT_CONFIG;
import static dev.kiroworker.cdk.workflow.HandlerAccess.RELEASE_LOCKS;
import static dev.kiroworker.cdk.workflow.HandlerAccess.TAKE_LOCKS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One Lambda handler the workflow calls, named as its placeholder names it: {@code
 * ${DiscoverWorkItemFunctionArn}} is the handler {@code DiscoverWorkItem}, class {@code
 * dev.kiroworker.handlers.DiscoverWorkItemHandler}.
 *
 * @param name the state-style name, e.g. {@code DiscoverWorkItem}
 * @param access what the handler does with the shared state
 */
public record WorkflowHandler(String name, Set<HandlerAccess> access) {

  /** The suffix of a placeholder that stands for a function. */
  public static final String PLACEHOLDER_SUFFIX = "FunctionArn";

  private static final String HANDLER_PACKAGE = "dev.kiroworker.handlers.";

  /**
   * What each handler may do, read from its code: the GitHub-calling ones read the project document
   * and the token; the lock handlers touch only the table; ParseCoverage only reads the reports.
   */
  private static final Map<String, Set<HandlerAccess>> ACCESS =
      Map.of(
          "DiscoverWorkItem", EnumSet.of(READ_PROJECT_CONFIG, READ_GITHUB_TOKEN, CHECK_LOCKS),
          "ValidateSpec", EnumSet.of(READ_PROJECT_CONFIG, READ_GITHUB_TOKEN),
          "AcquireLock", EnumSet.of(TAKE_LOCKS),
          "ParseCoverage", EnumSet.of(READ_BUILD_REPORTS),
          "UpdatePullRequest", EnumSet.of(READ_PROJECT_CONFIG, READ_GITHUB_TOKEN),
          "ReleaseLock", EnumSet.of(RELEASE_LOCKS));

  public WorkflowHandler {
    access = Set.copyOf(access);
  }

  /**
   * The handlers behind the definition's {@code ${<Name>FunctionArn}} placeholders, sorted by name.
   *
   * @throws IllegalStateException when a placeholder names a handler whose access is not known
   *     here, or a known handler is no longer called: either way the deployment and the definition
   *     disagree, and guessing permissions is worse than failing synthesis
   */
  public static List<WorkflowHandler> forPlaceholders(Collection<String> placeholders) {
    Set<String> called = new TreeSet<>();
    for (String placeholder : placeholders) {
      if (placeholder.endsWith(PLACEHOLDER_SUFFIX)
          && placeholder.length() > PLACEHOLDER_SUFFIX.length()) {
        called.add(placeholder.substring(0, placeholder.length() - PLACEHOLDER_SUFFIX.length()));
      }
    }
    List<String> problems = new ArrayList<>();
    for (String name : called) {
      if (!ACCESS.containsKey(name)) {
        problems.add(
            "the workflow calls ${"
                + name
                + PLACEHOLDER_SUFFIX
                + "}, but the CDK app does not know what "
                + HANDLER_PACKAGE
                + name
                + "Handler may access: add it to WorkflowHandler's ACCESS");
      }
    }
    for (String name : new TreeSet<>(ACCESS.keySet())) {
      if (!called.contains(name)) {
        problems.add(
            "WorkflowHandler's ACCESS lists " + name + ", which the workflow no longer calls");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The workflow's functions and the CDK app disagree: "
              + String.join("; ", problems)
              + ".");
    }
    return called.stream().map(name -> new WorkflowHandler(name, ACCESS.get(name))).toList();
  }

  /** The handler's class, e.g. {@code dev.kiroworker.handlers.DiscoverWorkItemHandler}. */
  public String handlerClass() {
    return HANDLER_PACKAGE + name + "Handler";
  }

  /** The placeholder the definition uses for this function, without {@code ${}}. */
  public String placeholder() {
    return name + PLACEHOLDER_SUFFIX;
  }

  /** Whether the handler talks to GitHub (and so needs the token and the API's URL). */
  public boolean callsGitHub() {
    return access.contains(READ_GITHUB_TOKEN);
  }
}
