package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.DeploymentArtifacts;
import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The Lambda functions, the state machine from {@code work-item.asl.json}, its schedule and the
 * cleanup rule for executions that end without releasing their lock.
 */
public final class WorkflowStack extends Stack {

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
  }
}
