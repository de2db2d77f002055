package dev.kiroworker.cdk.monitoring;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.statemachine.workflow.WorkItemWorkflow;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;

/**
 * The resources of one environment that monitoring watches, by name. Other stacks create them; a
 * name lets the alarms exist before (or without) those stacks, and their metrics simply stay empty
 * until the resource is deployed.
 *
 * @param environment the environment's name, e.g. {@code test}
 * @param stateMachineName the workflow's state machine
 * @param stateMachineArn its ARN, Step Functions' metric dimension
 * @param functions the handlers the workflow invokes, in the definition's order of names
 * @param buildProject the CodeBuild project that runs the agent
 * @param lockTable the DynamoDB lock table
 */
public record MonitoredResources(
    String environment,
    String stateMachineName,
    String stateMachineArn,
    List<MonitoredFunction> functions,
    String buildProject,
    String lockTable) {

  /** The suffix of the workflow's placeholders that stand for a handler function's ARN. */
  static final String FUNCTION_PLACEHOLDER_SUFFIX = "FunctionArn";

  public MonitoredResources {
    functions = List.copyOf(functions);
  }

  /**
   * One handler function: its name in the workflow (the state and handler class share it) and its
   * Lambda function name.
   */
  public record MonitoredFunction(String handler, String functionName) {}

  /**
   * The resources {@code names} gives their names, with the state machine's ARN in {@code stack}'s
   * account and region. The functions are the ones the workflow definition invokes ({@code
   * ${DiscoverWorkItemFunctionArn}} and the like), so a handler added there is watched without a
   * change here.
   */
  public static MonitoredResources of(Stack stack, ResourceNames names) {
    String stateMachineArn =
        stack.formatArn(
            ArnComponents.builder()
                .service("states")
                .resource("stateMachine")
                .resourceName(names.stateMachine())
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                .build());
    List<MonitoredFunction> functions =
        WorkItemWorkflow.placeholders(WorkItemWorkflow.definitionText()).stream()
            .filter(placeholder -> placeholder.endsWith(FUNCTION_PLACEHOLDER_SUFFIX))
            .map(
                placeholder ->
                    placeholder.substring(
                        0, placeholder.length() - FUNCTION_PLACEHOLDER_SUFFIX.length()))
            .map(handler -> new MonitoredFunction(handler, names.function(handler)))
            .toList();
    return new MonitoredResources(
        names.environment(),
        names.stateMachine(),
        stateMachineArn,
        functions,
        names.buildProject(),
        names.lockTable());
  }
}
