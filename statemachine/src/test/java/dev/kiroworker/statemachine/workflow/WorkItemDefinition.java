package dev.kiroworker.statemachine.workflow;

import dev.kiroworker.statemachine.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real {@code statemachine/work-item.asl.json}, read from the repository and with its {@code
 * ${...}} placeholders replaced by fake values, as CDK's definitionSubstitutions and local mode
 * replace them.
 */
final class WorkItemDefinition {

  static final String REGION = "eu-west-1";
  static final String ACCOUNT = "111122223333";
  static final String TOPIC_ARN = "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":kiro-worker-alerts";
  static final String BUILD_PROJECT = "kiro-worker-build-test";

  /** Every placeholder the definition may use, with the fake value the tests substitute. */
  static final Map<String, String> PLACEHOLDERS = placeholders();

  private WorkItemDefinition() {}

  /** The file, as committed. */
  static Path file() {
    return repositoryRoot().resolve("statemachine").resolve("work-item.asl.json");
  }

  /** The repository root: surefire sets {@code kiro.repo.root}; else the module's parent. */
  static Path repositoryRoot() {
    String root = System.getProperty("kiro.repo.root");
    return root == null || root.isBlank() ? Path.of("..") : Path.of(root);
  }

  static String rawText() {
    try {
      return Files.readString(file());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file(), e);
    }
  }

  /** The definition text with every placeholder replaced. */
  static String substitutedText() {
    String text = rawText();
    for (Map.Entry<String, String> placeholder : PLACEHOLDERS.entrySet()) {
      text = text.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    return text;
  }

  static StateMachine machine() {
    return StateMachine.parse(substitutedText());
  }

  static String functionArn(String name) {
    return "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:kiro-worker-" + name;
  }

  private static Map<String, String> placeholders() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("DiscoverWorkItemFunctionArn", functionArn("DiscoverWorkItem"));
    values.put("ValidateSpecFunctionArn", functionArn("ValidateSpec"));
    values.put("AcquireLockFunctionArn", functionArn("AcquireLock"));
    values.put("ReleaseLockFunctionArn", functionArn("ReleaseLock"));
    values.put("ParseCoverageFunctionArn", functionArn("ParseCoverage"));
    values.put("UpdatePullRequestFunctionArn", functionArn("UpdatePullRequest"));
    values.put("BuildProjectName", BUILD_PROJECT);
    values.put("AlertTopicArn", TOPIC_ARN);
    values.put("EnvironmentName", "test");
    values.put("CoverageThreshold", "80");
    values.put("GitHubServerUrl", "https://github.com");
    values.put("BuildTimeoutMinutes", "60");
    return java.util.Collections.unmodifiableMap(values);
  }
}
