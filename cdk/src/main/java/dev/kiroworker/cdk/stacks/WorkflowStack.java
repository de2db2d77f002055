package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.DeploymentArtifacts;
import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import dev.kiroworker.cdk.workflow.ExecutionCleanupRule;
import dev.kiroworker.cdk.workflow.GitHubEndpoints;
import dev.kiroworker.cdk.workflow.HandlersJar;
import dev.kiroworker.cdk.workflow.SharedState;
import dev.kiroworker.cdk.workflow.WorkflowDefinition;
import dev.kiroworker.cdk.workflow.WorkflowFunctions;
import dev.kiroworker.cdk.workflow.WorkflowSchedule;
import dev.kiroworker.cdk.workflow.WorkflowStateMachine;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The Lambda functions, the state machine from {@code work-item.asl.json}, its schedule and the
 * cleanup rule for executions that end without releasing their lock.
 *
 * <p>Which functions exist follows from the definition: one per {@code ${<Name>FunctionArn}}
 * placeholder, running {@code dev.kiroworker.handlers.<Name>Handler}. Synthesis fails when a
 * placeholder has no handler class in the jar, no known permissions, or no value.
 */
public final class WorkflowStack extends Stack {

  private final WorkflowFunctions functions;
  private final WorkflowStateMachine stateMachine;
  private final WorkflowSchedule schedule;
  private final ExecutionCleanupRule cleanup;

  public WorkflowStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names,
      StateStack state,
      BuildStack build,
      MonitoringStack monitoring,
      DeploymentArtifacts artifacts) {
    super(scope, id, props);
    WorkflowDefinition definition = WorkflowDefinition.load();
    GitHubEndpoints gitHub = GitHubEndpoints.fromContext(key -> getNode().tryGetContext(key));

    this.functions =
        new WorkflowFunctions(
            this,
            "Functions",
            definition.handlers(),
            environment,
            names,
            HandlersJar.open(artifacts.handlersJar()),
            SharedState.of(state, names.environment()),
            gitHub);
    this.stateMachine =
        new WorkflowStateMachine(
            this,
            "Workflow",
            definition,
            functions,
            build.project(),
            monitoring.alertTopic(),
            environment,
            names,
            gitHub);
    this.schedule =
        new WorkflowSchedule(this, "Schedule", stateMachine.stateMachine(), environment, names);
    this.cleanup =
        new ExecutionCleanupRule(
            this,
            "ExecutionCleanup",
            stateMachine.stateMachine(),
            functions.get("ReleaseLock").alias(),
            environment,
            names);

    // What an operator looks up after a deployment (aws cloudformation describe-stacks).
    output(
        "StateMachineArn",
        stateMachine.stateMachine().getStateMachineArn(),
        "Start a run by hand: aws stepfunctions start-execution --state-machine-arn <this>"
            + " --input '{\"startedBy\":\"<your name>\"}'");
    output(
        "StateMachineLogGroup",
        stateMachine.logGroup().getLogGroupName(),
        "Every execution event, with its input and output");
    output(
        "CleanupDeadLetterQueueUrl",
        cleanup.deadLetterQueue().getQueueUrl(),
        "Execution status events whose lock cleanup failed; send one to the ReleaseLock function"
            + " to retry it");
  }

  private void output(String id, String value, String description) {
    CfnOutput.Builder.create(this, id).value(value).description(description).build();
  }

  public WorkflowFunctions functions() {
    return functions;
  }

  public WorkflowStateMachine stateMachine() {
    return stateMachine;
  }

  public WorkflowSchedule schedule() {
    return schedule;
  }

  public ExecutionCleanupRule cleanup() {
    return cleanup;
  }
}
