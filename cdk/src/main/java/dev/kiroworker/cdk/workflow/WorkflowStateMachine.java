package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.codebuild.IProject;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * The Standard state machine that runs {@code work-item.asl.json}, its placeholders filled through
 * {@code definitionSubstitutions}, logging every event with its data, traced by X-Ray, and allowed
 * exactly what the definition calls.
 */
public final class WorkflowStateMachine extends Construct {

  /**
   * The rule Step Functions manages in the account to hear when a build started with {@code
   * codebuild:startBuild.sync} ends; its role must be allowed to create and read it.
   */
  static final String CODEBUILD_SYNC_RULE = "StepFunctionsGetEventForCodeBuildStartBuildRule";

  private final StateMachine stateMachine;
  private final LogGroup logGroup;

  /**
   * @param functions the workflow's functions, one per {@code ${<Name>FunctionArn}}
   * @param buildProject the project {@code RunBuild} starts
   * @param alertTopic where {@code NotifyFailure} publishes
   */
  public WorkflowStateMachine(
      Construct scope,
      String id,
      WorkflowDefinition definition,
      WorkflowFunctions functions,
      IProject buildProject,
      ITopic alertTopic,
      DeploymentEnvironment environment,
      ResourceNames names,
      GitHubEndpoints gitHub) {
    super(scope, id);
    LockLease lease = LockLease.of(environment);

    // Under /aws/vendedlogs/ so that Step Functions' log delivery does not grow the account's
    // CloudWatch Logs resource policy, which is limited to 5,120 characters.
    this.logGroup =
        LogGroup.Builder.create(this, "LogGroup")
            .logGroupName(names.logGroup("vendedlogs/states", names.stateMachine()))
            .retention(LogRetention.ofDays(environment.logRetentionDays()))
            .removalPolicy(environment.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();

    Map<String, String> values =
        substitutionValues(functions, buildProject, alertTopic, environment, gitHub);

    this.stateMachine =
        StateMachine.Builder.create(this, "StateMachine")
            .stateMachineName(names.stateMachine())
            .stateMachineType(StateMachineType.STANDARD)
            .definitionBody(
                DefinitionBody.fromString(definition.withExecutionTimeout(lease.total())))
            .definitionSubstitutions(definition.substitutions(values))
            .logs(
                LogOptions.builder()
                    .destination(logGroup)
                    .level(LogLevel.ALL)
                    .includeExecutionData(true)
                    .build())
            .tracingEnabled(true)
            .build();

    allowWhatTheDefinitionCalls(functions, buildProject, alertTopic);
  }

  /** A value for every placeholder: the six alias ARNs and the deployment's settings. */
  private static Map<String, String> substitutionValues(
      WorkflowFunctions functions,
      IProject buildProject,
      ITopic alertTopic,
      DeploymentEnvironment environment,
      GitHubEndpoints gitHub) {
    Map<String, String> values = new LinkedHashMap<>();
    for (HandlerFunction function : functions.byName().values()) {
      values.put(function.handler().placeholder(), function.alias().getFunctionArn());
    }
    values.put("BuildProjectName", buildProject.getProjectName());
    values.put("AlertTopicArn", alertTopic.getTopicArn());
    values.put("EnvironmentName", environment.name());
    values.put("CoverageThreshold", percentage(environment.coverageThreshold()));
    values.put("GitHubServerUrl", gitHub.serverUrl());
    values.put(
        "BuildTimeoutMinutes", String.valueOf(LockLease.of(environment).buildTimeoutMinutes()));
    return values;
  }

  private void allowWhatTheDefinitionCalls(
      WorkflowFunctions functions, IProject buildProject, ITopic alertTopic) {
    stateMachine.addToRolePolicy(
        PolicyStatement.Builder.create()
            .sid("InvokeTheWorkflowFunctions")
            .actions(List.of("lambda:InvokeFunction"))
            .resources(
                functions.byName().values().stream()
                    .map(function -> function.alias().getFunctionArn())
                    .toList())
            .build());
    // codebuild:startBuild.sync, as AWS documents it: start the build, stop it when the execution
    // stops, poll it, and keep the managed rule that reports the build's end.
    stateMachine.addToRolePolicy(
        PolicyStatement.Builder.create()
            .sid("RunTheBuild")
            .actions(
                List.of("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds"))
            .resources(List.of(buildProject.getProjectArn()))
            .build());
    stateMachine.addToRolePolicy(
        PolicyStatement.Builder.create()
            .sid("HearWhenTheBuildEnds")
            .actions(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"))
            .resources(
                List.of(
                    Stack.of(this)
                        .formatArn(
                            ArnComponents.builder()
                                .service("events")
                                .resource("rule")
                                .resourceName(CODEBUILD_SYNC_RULE)
                                .build())))
            .build());
    // sns:Publish on the topic, and the topic key's use if it has a customer managed one.
    alertTopic.grantPublish(stateMachine);

    AcceptedFindings.accept(
        stateMachine.getRole(),
        "AwsSolutions-IAM5",
        "Resource \"*\" is what AWS requires for the two services the state machine reports to:"
            + " CloudWatch Logs' log delivery actions (logs:CreateLogDelivery, PutResourcePolicy,"
            + " DescribeLogGroups and the rest) do not support resource-level permissions, nor do"
            + " X-Ray's PutTraceSegments, PutTelemetryRecords and sampling actions.",
        "Resource::*");
    AcceptedFindings.accept(
        stateMachine.getRole(),
        "AwsSolutions-IAM5",
        "kms:GenerateDataKey* is the grant SNS needs to publish to the alert topic, which is"
            + " encrypted with its own customer managed key: the statement names that one key, and"
            + " the wildcard covers only GenerateDataKey and its WithoutPlaintext/Pair variants.",
        "Action::kms:GenerateDataKey*");
  }

  /** A percentage as the definition's settings show it: {@code 80}, or {@code 82.5}. */
  static String percentage(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  public StateMachine stateMachine() {
    return stateMachine;
  }

  public LogGroup logGroup() {
    return logGroup;
  }
}
