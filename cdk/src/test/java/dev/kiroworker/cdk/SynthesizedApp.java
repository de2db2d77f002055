package dev.kiroworker.cdk;

import dev.kiroworker.cdk.config.DeploymentEnvironment;
import dev.kiroworker.cdk.config.Environments;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * One environment's app, built with cdk-nag's AwsSolutions checks and synthesized once per
 * environment for every test class that asks (synthesis costs seconds; the stacks never change
 * between tests).
 */
public final class SynthesizedApp {

  private static final Map<String, SynthesizedApp> BY_ENVIRONMENT = new ConcurrentHashMap<>();

  private final KiroWorkerApp.Stacks stacks;
  private final CloudAssembly assembly;

  private SynthesizedApp(DeploymentEnvironment environment) {
    App app = new App();
    this.stacks = KiroWorkerApp.build(app, environment, DeploymentArtifacts.fromBuild(), null);
    Aspects.of(app).add(new AwsSolutionsChecks());
    this.assembly = app.synth();
  }

  /** The test environment's app. */
  public static SynthesizedApp test() {
    return of(Environments.TEST);
  }

  public static SynthesizedApp of(DeploymentEnvironment environment) {
    return BY_ENVIRONMENT.computeIfAbsent(
        environment.name(), name -> new SynthesizedApp(environment));
  }

  public KiroWorkerApp.Stacks stacks() {
    return stacks;
  }

  public CloudAssembly assembly() {
    return assembly;
  }

  public static Template template(Stack stack) {
    return Template.fromStack(stack);
  }

  /**
   * Matches a policy document (a resource policy's {@code PolicyDocument}, a key's {@code
   * KeyPolicy}) that holds a statement with at least the given keys.
   */
  public static Object documentStating(Map<String, Object> statement) {
    return Match.objectLike(
        Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(statement)))));
  }

  /** The statement condition that refuses requests not sent over TLS. */
  public static Map<String, Object> insecureTransport() {
    return Map.of("Bool", Map.of("aws:SecureTransport", "false"));
  }

  /**
   * cdk-nag's unsuppressed AwsSolutions errors on {@code stack}, each as "path: message", so a
   * failing assertion says what to fix.
   */
  public static List<String> nagErrors(Stack stack) {
    return Annotations.fromStack(stack)
        .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
        .stream()
        .map(message -> message.getId() + ": " + message.getEntry().getData())
        .toList();
  }

  /** cdk-nag's unsuppressed AwsSolutions warnings on {@code stack}, as "path: message". */
  public static List<String> nagWarnings(Stack stack) {
    return Annotations.fromStack(stack)
        .findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))
        .stream()
        .map(message -> message.getId() + ": " + message.getEntry().getData())
        .toList();
  }
}
