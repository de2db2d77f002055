package dev.kiroworker.cdk;

import dev.kiroworker.cdk.config.DeploymentEnvironment;
import dev.kiroworker.cdk.config.EnvironmentSelection;
import dev.kiroworker.cdk.config.InvalidEnvironmentException;
import dev.kiroworker.cdk.stacks.BuildStack;
import dev.kiroworker.cdk.stacks.MonitoringStack;
import dev.kiroworker.cdk.stacks.StateStack;
import dev.kiroworker.cdk.stacks.WorkflowStack;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: one environment's four stacks. State and Monitoring depend on nothing; Build depends
 * on State; Workflow depends on all three.
 */
public final class KiroWorkerApp {

  /** The four stacks of one environment. */
  public record Stacks(
      StateStack state, MonitoringStack monitoring, BuildStack build, WorkflowStack workflow) {}

  static final String CROSS_STACK_REFERENCES_FLAG = "@aws-cdk/core:defaultCrossStackReferences";

  private KiroWorkerApp() {}

  public static void main(String[] args) {
    // Without CDK_OUTDIR (set by the CDK CLI) the app would write to a temporary folder.
    App app =
        new App(
            System.getenv("CDK_OUTDIR") == null
                ? AppProps.builder().outdir("cdk.out").build()
                : AppProps.builder().build());
    try {
      DeploymentEnvironment environment =
          EnvironmentSelection.fromContext(key -> app.getNode().tryGetContext(key));
      build(app, environment, DeploymentArtifacts.fromBuild(), accountAndRegion(System.getenv()));
    } catch (InvalidEnvironmentException e) {
      // A setting from the command line or cdk.json is wrong: say which, without a stack trace.
      System.err.println("kiro-worker cdk: " + e.getMessage());
      System.exit(2);
      return;
    }
    app.synth();
  }

  /** Adds one environment's stacks to {@code app}. */
  public static Stacks build(
      App app,
      DeploymentEnvironment environment,
      DeploymentArtifacts artifacts,
      Environment awsEnvironment) {
    // References between the stacks are CloudFormation exports that CloudFormation protects:
    // an export cannot change while another stack imports it. That is the behaviour we test,
    // so it is stated rather than left to a default the CDK warns may change.
    app.getNode().setContext(CROSS_STACK_REFERENCES_FLAG, "strong");
    ResourceNames names = new ResourceNames(environment);
    StateStack state =
        new StateStack(
            app,
            names.stack("State"),
            props(
                awsEnvironment,
                environment,
                "lock table, artifacts bucket, secrets, project" + " document"),
            environment,
            names);
    MonitoringStack monitoring =
        new MonitoringStack(
            app,
            names.stack("Monitoring"),
            props(awsEnvironment, environment, "alert topic, alarms and dashboard"),
            environment,
            names);
    BuildStack build =
        new BuildStack(
            app,
            names.stack("Build"),
            props(awsEnvironment, environment, "the CodeBuild project that runs the agent"),
            environment,
            names,
            state,
            artifacts);
    WorkflowStack workflow =
        new WorkflowStack(
            app,
            names.stack("Workflow"),
            props(awsEnvironment, environment, "functions, state machine and schedule"),
            environment,
            names,
            state,
            build,
            monitoring,
            artifacts);
    Tags.of(app).add("kiro-worker:environment", environment.name());
    return new Stacks(state, monitoring, build, workflow);
  }

  /**
   * The account and region the CDK CLI resolved ({@code CDK_DEFAULT_*}), or none: the stacks are
   * then environment-agnostic, which synthesis needs no credentials for.
   */
  static Environment accountAndRegion(Map<String, String> variables) {
    String account = variables.get("CDK_DEFAULT_ACCOUNT");
    String region = variables.get("CDK_DEFAULT_REGION");
    return account == null || region == null
        ? null
        : Environment.builder().account(account).region(region).build();
  }

  private static StackProps props(
      Environment awsEnvironment, DeploymentEnvironment environment, String what) {
    return StackProps.builder()
        .env(awsEnvironment)
        .description("kiro-worker " + environment.name() + ": " + what)
        .terminationProtection(environment.retainData())
        .build();
  }
}
