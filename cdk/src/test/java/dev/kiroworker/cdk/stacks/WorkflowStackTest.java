package dev.kiroworker.cdk.stacks;

import static dev.kiroworker.cdk.SynthesizedApp.documentStating;
import static dev.kiroworker.cdk.SynthesizedApp.insecureTransport;
import static dev.kiroworker.cdk.stacks.WorkflowTemplate.actions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.cdk.SynthesizedApp;
import dev.kiroworker.cdk.config.Environments;
import dev.kiroworker.cdk.workflow.HandlerFunction;
import dev.kiroworker.statemachine.workflow.WorkItemWorkflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class WorkflowStackTest {

  private static final List<String> HANDLERS =
      List.of(
          "AcquireLock",
          "DiscoverWorkItem",
          "ParseCoverage",
          "ReleaseLock",
          "UpdatePullRequest",
          "ValidateSpec");

  private static final Set<String> GITHUB_CALLERS =
      Set.of("DiscoverWorkItem", "ValidateSpec", "UpdatePullRequest");

  private final WorkflowStack stack = SynthesizedApp.test().stacks().workflow();
  private final Template template = SynthesizedApp.template(stack);
  private final WorkflowTemplate json = new WorkflowTemplate(stack);

  // --- functions ---

  @Test
  void oneJava21SnapStartFunctionPerHandlerTheWorkflowCalls() {
    assertThat(json.resources("AWS::Lambda::Function").values())
        .extracting(function -> function.at("/Properties/FunctionName").asText())
        .containsExactlyInAnyOrderElementsOf(
            HANDLERS.stream().map(name -> "kiro-worker-test-" + name).toList());
    for (String handler : HANDLERS) {
      template.hasResourceProperties(
          "AWS::Lambda::Function",
          Match.objectLike(
              Map.of(
                  "FunctionName",
                  "kiro-worker-test-" + handler,
                  "Handler",
                  "dev.kiroworker.handlers." + handler + "Handler::handleRequest",
                  "Runtime",
                  "java21",
                  "Architectures",
                  List.of("arm64"),
                  "MemorySize",
                  1024,
                  "Timeout",
                  60,
                  "SnapStart",
                  Map.of("ApplyOn", "PublishedVersions"),
                  "TracingConfig",
                  Map.of("Mode", "Active"))));
    }
  }

  @Test
  void everyFunctionHasALiveAliasOnItsPublishedVersion() {
    Map<String, JsonNode> aliases = json.resources("AWS::Lambda::Alias");
    assertThat(aliases).hasSize(HANDLERS.size());
    for (JsonNode alias : aliases.values()) {
      assertThat(alias.at("/Properties/Name").asText()).isEqualTo("live");
      String function = alias.at("/Properties/FunctionName/Ref").asText();
      String version = alias.at("/Properties/FunctionVersion/Fn::GetAtt/0").asText();
      assertThat(json.resource(version).path("Type").asText()).isEqualTo("AWS::Lambda::Version");
      assertThat(json.resource(version).at("/Properties/FunctionName/Ref").asText())
          .isEqualTo(function);
    }
  }

  @Test
  void everyFunctionLogsToItsOwnLogGroupKeptForTheEnvironmentsRetention() {
    for (String handler : HANDLERS) {
      JsonNode function = json.function("kiro-worker-test-" + handler).getValue();
      String logGroupId = function.at("/Properties/LoggingConfig/LogGroup/Ref").asText();
      JsonNode logGroup = json.resource(logGroupId);
      assertThat(logGroup.at("/Properties/LogGroupName").asText())
          .isEqualTo("/aws/lambda/kiro-worker-test-" + handler);
      assertThat(logGroup.at("/Properties/RetentionInDays").asInt()).isEqualTo(14);
      // Test keeps no data.
      assertThat(logGroup.path("DeletionPolicy").asText()).isEqualTo("Delete");
    }
  }

  @Test
  void functionsGetTheSettingsOfTheConfigurationDocsAndOnlyGitHubCallersTheToken() {
    for (String handler : HANDLERS) {
      JsonNode variables =
          json.function("kiro-worker-test-" + handler)
              .getValue()
              .at("/Properties/Environment/Variables");
      assertThat(variables.path("KIRO_ENVIRONMENT").asText()).isEqualTo("test");
      assertThat(json.describe(variables.path("KIRO_LOCK_TABLE"))).contains("LockTable");
      assertThat(json.describe(variables.path("KIRO_ARTIFACTS_BUCKET")))
          .contains("ArtifactsBucket");
      assertThat(json.describe(variables.path("KIRO_PROJECT_CONFIG_PARAMETER")))
          .contains("ProjectConfigParameter");
      assertThat(variables.path("KIRO_LOCK_SLOTS").asText()).isEqualTo("1");
      assertThat(variables.path("KIRO_BUILD_TIMEOUT_MINUTES").asText()).isEqualTo("60");
      assertThat(variables.path("KIRO_LOCK_MARGIN_MINUTES").asText()).isEqualTo("15");
      if (GITHUB_CALLERS.contains(handler)) {
        assertThat(variables.path("GITHUB_API_URL").asText()).isEqualTo("https://api.github.com");
        assertThat(json.describe(variables.path("GITHUB_TOKEN_SECRET_ARN")))
            .contains("GitHubTokenSecret");
      } else {
        assertThat(variables.has("GITHUB_TOKEN_SECRET_ARN")).as(handler).isFalse();
        assertThat(variables.has("GITHUB_API_URL")).as(handler).isFalse();
      }
    }
  }

  @Test
  void theStackNamesItsPartsForTheOtherStacksAndTheTests() {
    assertThat(stack.functions().byName()).containsOnlyKeys(HANDLERS);
    HandlerFunction releaseLock = stack.functions().get("ReleaseLock");
    assertThat(releaseLock.handler().name()).isEqualTo("ReleaseLock");
    assertThat(releaseLock.alias().getAliasName()).isEqualTo(HandlerFunction.ALIAS);
    assertThat(stack.resolve(releaseLock.function().getFunctionName()))
        .isEqualTo(Map.of("Ref", json.function("kiro-worker-test-ReleaseLock").getKey()));
    assertThat(stack.resolve(releaseLock.logGroup().getLogGroupName()))
        .isEqualTo(
            Map.of(
                "Ref",
                json.function("kiro-worker-test-ReleaseLock")
                    .getValue()
                    .at("/Properties/LoggingConfig/LogGroup/Ref")
                    .asText()));
    assertThat(stack.resolve(stack.stateMachine().stateMachine().getStateMachineArn()))
        .isEqualTo(Map.of("Ref", json.only("AWS::StepFunctions::StateMachine").getKey()));
    assertThat(stack.stateMachine().logGroup()).isNotNull();
    assertThat(stack.schedule().rule()).isNotNull();
    assertThat(stack.cleanup().rule()).isNotNull();
    assertThat(stack.cleanup().deadLetterQueue()).isNotNull();
    assertThatThrownBy(() -> stack.functions().get("SummarizeBuild"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no SummarizeBuild function");
  }

  @Test
  void outputsTellTheOperatorHowToStartARunAndWhereToLook() {
    String machine = json.only("AWS::StepFunctions::StateMachine").getKey();
    template.hasOutput(
        "StateMachineArn",
        Map.of(
            "Value",
            Map.of("Ref", machine),
            "Description",
            Match.stringLikeRegexp(".*aws stepfunctions start-execution.*")));
    template.hasOutput("StateMachineLogGroup", Match.objectLike(Map.of("Value", Match.anyValue())));
    template.hasOutput(
        "CleanupDeadLetterQueueUrl",
        Match.objectLike(Map.of("Value", Map.of("Ref", json.only("AWS::SQS::Queue").getKey()))));
  }

  // --- least privilege per function ---

  @Test
  void eachFunctionMayDoExactlyWhatItsHandlerCalls() {
    Set<String> always =
        Set.of(
            "logs:CreateLogStream",
            "logs:PutLogEvents",
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords");
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    expected.put(
        "DiscoverWorkItem",
        Set.of("ssm:GetParameter", "secretsmanager:GetSecretValue", "dynamodb:GetItem"));
    expected.put("ValidateSpec", Set.of("ssm:GetParameter", "secretsmanager:GetSecretValue"));
    expected.put("UpdatePullRequest", Set.of("ssm:GetParameter", "secretsmanager:GetSecretValue"));
    expected.put(
        "AcquireLock",
        Set.of(
            "dynamodb:BatchGetItem",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:DeleteItem"));
    expected.put(
        "ReleaseLock",
        Set.of(
            "dynamodb:BatchGetItem",
            "dynamodb:GetItem",
            "dynamodb:DeleteItem",
            // Lambda's on-failure destination for the cleanup events: the dead-letter queue.
            "sqs:SendMessage",
            "sqs:GetQueueAttributes",
            "sqs:GetQueueUrl"));
    expected.put("ParseCoverage", Set.of("s3:ListBucket", "s3:GetObject"));

    expected.forEach(
        (handler, own) -> {
          Set<String> granted = new HashSet<>();
          statementsOfFunction(handler).forEach(statement -> granted.addAll(actions(statement)));
          Set<String> wanted = new HashSet<>(own);
          wanted.addAll(always);
          assertThat(granted).as(handler).containsExactlyInAnyOrderElementsOf(wanted);
        });
  }

  @Test
  void functionStatementsNameTheirResourcesAndOnlyXRayUsesAWildcard() {
    Map<String, String> resourceOfAction =
        Map.of(
            "ssm:GetParameter", "ProjectConfigParameter",
            "secretsmanager:GetSecretValue", "GitHubTokenSecret",
            "dynamodb:GetItem", "LockTable",
            "dynamodb:PutItem", "LockTable",
            "s3:ListBucket", "ArtifactsBucket",
            "s3:GetObject", "ArtifactsBucket",
            "logs:PutLogEvents", "LogGroup",
            "sqs:SendMessage", "DeadLetterQueue");
    for (String handler : HANDLERS) {
      for (JsonNode statement : statementsOfFunction(handler)) {
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        List<String> resources = json.resourcesOf(statement);
        if (actions(statement).stream().allMatch(action -> action.startsWith("xray:"))) {
          assertThat(resources).containsExactly("*");
          continue;
        }
        assertThat(resources).as("%s %s", handler, statement).hasSize(1).noneMatch("*"::equals);
        for (String action : actions(statement)) {
          if (resourceOfAction.containsKey(action)) {
            assertThat(resources.getFirst()).as(action).contains(resourceOfAction.get(action));
          }
        }
      }
    }
    JsonNode objects =
        statementsOfFunction("ParseCoverage").stream()
            .filter(statement -> actions(statement).contains("s3:GetObject"))
            .findFirst()
            .orElseThrow();
    assertThat(objects.toString()).contains("ArtifactsBucket").contains("/test/*");
    JsonNode listing =
        statementsOfFunction("ParseCoverage").stream()
            .filter(statement -> actions(statement).contains("s3:ListBucket"))
            .findFirst()
            .orElseThrow();
    assertThat(listing.at("/Condition/StringLike/s3:prefix").asText()).isEqualTo("test/*");
  }

  @Test
  void functionRolesCarryNoManagedPolicies() {
    for (String handler : HANDLERS) {
      String role =
          WorkflowTemplate.roleOf(
              json.function("kiro-worker-test-" + handler).getValue(), "/Properties/Role");
      assertThat(json.resource(role).at("/Properties/ManagedPolicyArns").isMissingNode())
          .as(handler)
          .isTrue();
      assertThat(json.resource(role).at("/Properties/AssumeRolePolicyDocument").toString())
          .contains("lambda.amazonaws.com");
    }
  }

  // --- state machine ---

  @Test
  void theDefinitionFilledFromTheTemplateParsesAndCallsOnlyTheSixAliases() throws Exception {
    JsonNode properties =
        json.only("AWS::StepFunctions::StateMachine").getValue().path("Properties");
    assertThat(properties.path("DefinitionString").isTextual()).isTrue();
    String definition = properties.path("DefinitionString").asText();
    Map<String, String> values = new LinkedHashMap<>();
    properties
        .path("DefinitionSubstitutions")
        .properties()
        .forEach(entry -> values.put(entry.getKey(), json.describe(entry.getValue())));

    // Fails on a placeholder without a value, a value without a placeholder, or a value that
    // would break out of its JSON string.
    String filled = WorkItemWorkflow.substitute(definition, values);

    assertThat(filled).doesNotContain("${");
    JsonNode asl = WorkflowTemplate.JSON.readTree(filled);
    Set<String> aliasArns = new HashSet<>();
    for (String handler : HANDLERS) {
      aliasArns.add(
          "arn:aws:lambda:eu-west-1:111122223333:function:kiro-worker-test-" + handler + ":live");
    }
    List<JsonNode> tasks = new ArrayList<>();
    collectTasks(asl.path("States"), tasks);
    Set<String> invoked = new HashSet<>();
    for (JsonNode task : tasks) {
      if (task.path("Resource").asText().equals("arn:aws:states:::lambda:invoke")) {
        invoked.add(task.at("/Parameters/FunctionName").asText());
      }
    }
    assertThat(invoked).isEqualTo(aliasArns);
    assertThat(tasks)
        .extracting(task -> task.path("Resource").asText())
        .containsOnly(
            "arn:aws:states:::lambda:invoke",
            "arn:aws:states:::codebuild:startBuild.sync",
            "arn:aws:states:::sns:publish");
    assertThat(asl.at("/States/RunBuild/Parameters/ProjectName").asText())
        .startsWith("import:KiroWorker-test-Build:")
        .contains("BuildProject");
    assertThat(asl.at("/States/NotifyFailure/Parameters/TopicArn").asText())
        .startsWith("import:KiroWorker-test-Monitoring:")
        .contains("AlertsTopic");
    JsonNode settings = asl.at("/States/InitializeRun/Parameters/settings");
    assertThat(settings.path("environment").asText()).isEqualTo("test");
    assertThat(settings.path("coverageThreshold").asText()).isEqualTo("80");
    assertThat(settings.path("gitHubServerUrl").asText()).isEqualTo("https://github.com");
    assertThat(settings.path("buildTimeoutMinutes.$").asText())
        .isEqualTo("States.StringToJson('60')");
    // The lock's lease: build timeout 60 + margin 15 minutes.
    assertThat(asl.path("TimeoutSeconds").asInt()).isEqualTo(75 * 60);
  }

  @Test
  void theStateMachineIsStandardLogsEverythingWithDataAndIsTraced() {
    Map.Entry<String, JsonNode> machine = json.only("AWS::StepFunctions::StateMachine");
    JsonNode properties = machine.getValue().path("Properties");
    assertThat(properties.path("StateMachineName").asText()).isEqualTo("kiro-worker-test");
    assertThat(properties.path("StateMachineType").asText()).isEqualTo("STANDARD");
    assertThat(properties.at("/TracingConfiguration/Enabled").asBoolean()).isTrue();
    JsonNode logging = properties.path("LoggingConfiguration");
    assertThat(logging.path("Level").asText()).isEqualTo("ALL");
    assertThat(logging.path("IncludeExecutionData").asBoolean()).isTrue();
    String logGroupId =
        logging.at("/Destinations/0/CloudWatchLogsLogGroup/LogGroupArn/Fn::GetAtt/0").asText();
    JsonNode logGroup = json.resource(logGroupId);
    assertThat(logGroup.at("/Properties/LogGroupName").asText())
        .isEqualTo("/aws/vendedlogs/states/kiro-worker-test");
    assertThat(logGroup.at("/Properties/RetentionInDays").asInt()).isEqualTo(14);
  }

  @Test
  void theStateMachineMayInvokeTheSixAliasesRunTheBuildAndPublishAlerts() {
    String role =
        WorkflowTemplate.roleOf(
            json.only("AWS::StepFunctions::StateMachine").getValue(), "/Properties/RoleArn");
    List<JsonNode> statements = json.statementsOf(role);
    Map<String, List<String>> resourcesByAction = new LinkedHashMap<>();
    for (JsonNode statement : statements) {
      for (String action : actions(statement)) {
        resourcesByAction.put(action, json.resourcesOf(statement));
      }
    }

    List<String> aliasRefs =
        json.resources("AWS::Lambda::Alias").keySet().stream().map(id -> "ref:" + id).toList();
    assertThat(
            statements.stream()
                .filter(statement -> actions(statement).contains("lambda:InvokeFunction"))
                .flatMap(statement -> refs(statement.path("Resource")).stream())
                .toList())
        .containsExactlyInAnyOrderElementsOf(aliasRefs);

    for (String action :
        List.of("codebuild:StartBuild", "codebuild:StopBuild", "codebuild:BatchGetBuilds")) {
      assertThat(resourcesByAction.get(action))
          .as(action)
          .singleElement()
          .asString()
          .startsWith("import:KiroWorker-test-Build:")
          .contains("BuildProject");
    }
    for (String action : List.of("events:PutTargets", "events:PutRule", "events:DescribeRule")) {
      assertThat(resourcesByAction.get(action))
          .as(action)
          .singleElement()
          .asString()
          .contains(":events:")
          .contains(":rule/StepFunctionsGetEventForCodeBuildStartBuildRule\"");
    }
    assertThat(resourcesByAction.get("sns:Publish"))
        .singleElement()
        .asString()
        .startsWith("import:KiroWorker-test-Monitoring:")
        .contains("AlertsTopic");
    // The alert topic is encrypted: publishing needs its key, and only its key.
    for (String keyAction : List.of("kms:Decrypt", "kms:GenerateDataKey*")) {
      assertThat(resourcesByAction.get(keyAction))
          .singleElement()
          .asString()
          .startsWith("import:KiroWorker-test-Monitoring:")
          .contains("AlertsKey");
    }
    // Only log delivery and X-Ray, which AWS requires on "*".
    assertThat(resourcesByAction)
        .allSatisfy(
            (action, resources) -> {
              if (resources.contains("*")) {
                assertThat(action)
                    .matches(
                        "logs:.*(LogDelivery|LogDeliveries|ResourcePolic.*|DescribeLogGroups)|xray:.*");
              }
            });
  }

  // --- schedule and cleanup ---

  @Test
  void theScheduleStartsThisStateMachineWithTheEnvironmentsExpression() {
    String machine = json.only("AWS::StepFunctions::StateMachine").getKey();
    template.hasResourceProperties(
        "AWS::Events::Rule",
        Match.objectLike(
            Map.of(
                "Name", "kiro-worker-test-schedule",
                "ScheduleExpression", "rate(1 hour)",
                "Targets",
                    List.of(
                        Match.objectLike(
                            Map.of(
                                "Arn",
                                Map.of("Ref", machine),
                                "Input",
                                "{\"startedBy\":\"schedule\"}"))))));
    JsonNode target =
        json.resources("AWS::Events::Rule").values().stream()
            .filter(rule -> rule.at("/Properties/Name").asText().endsWith("-schedule"))
            .findFirst()
            .orElseThrow()
            .at("/Properties/Targets/0");
    List<JsonNode> statements = json.statementsOf(WorkflowTemplate.roleOf(target, "/RoleArn"));
    assertThat(statements).singleElement();
    assertThat(actions(statements.getFirst())).containsExactly("states:StartExecution");
    assertThat(json.resourcesOf(statements.getFirst())).containsExactly("ref:" + machine);
  }

  @Test
  void cleanupRuleSendsThisStateMachinesStoppedExecutionsToReleaseLock() {
    String machine = json.only("AWS::StepFunctions::StateMachine").getKey();
    String releaseLockAlias = aliasOf("ReleaseLock");
    String queue = json.only("AWS::SQS::Queue").getKey();
    template.hasResourceProperties(
        "AWS::Events::Rule",
        Map.of(
            "Name", "kiro-worker-test-cleanup",
            "State", "ENABLED",
            "Description", Match.stringLikeRegexp(".*aborted, timed out or failed.*"),
            "EventPattern",
                Map.of(
                    "source", List.of("aws.states"),
                    "detail-type", List.of("Step Functions Execution Status Change"),
                    "detail",
                        Map.of(
                            "status", List.of("ABORTED", "TIMED_OUT", "FAILED"),
                            "stateMachineArn", List.of(Map.of("Ref", machine)))),
            "Targets",
                List.of(
                    Match.objectLike(
                        Map.of(
                            "Arn", Map.of("Ref", releaseLockAlias),
                            "DeadLetterConfig",
                                Map.of("Arn", Map.of("Fn::GetAtt", List.of(queue, "Arn"))),
                            "RetryPolicy",
                                Map.of(
                                    "MaximumRetryAttempts",
                                    8,
                                    "MaximumEventAgeInSeconds",
                                    75 * 60))))));
    template.hasResourceProperties(
        "AWS::Lambda::Permission",
        Match.objectLike(
            Map.of(
                "Action", "lambda:InvokeFunction",
                "FunctionName", Map.of("Ref", releaseLockAlias),
                "Principal", "events.amazonaws.com")));
  }

  @Test
  void failedCleanupInvocationsLandInAnEncryptedTlsOnlyDeadLetterQueue() {
    Map.Entry<String, JsonNode> queue = json.only("AWS::SQS::Queue");
    assertThat(queue.getValue().at("/Properties/QueueName").asText())
        .isEqualTo("kiro-worker-test-cleanup-dlq");
    assertThat(queue.getValue().at("/Properties/SqsManagedSseEnabled").asBoolean()).isTrue();
    assertThat(queue.getValue().at("/Properties/MessageRetentionPeriod").asInt())
        .isEqualTo(14 * 24 * 3600);
    template.hasResourceProperties(
        "AWS::SQS::QueuePolicy",
        Match.objectLike(
            Map.of(
                "PolicyDocument",
                documentStating(Map.of("Effect", "Deny", "Condition", insecureTransport())))));
    template.hasResourceProperties(
        "AWS::Lambda::EventInvokeConfig",
        Map.of(
            "FunctionName", Map.of("Ref", json.function("kiro-worker-test-ReleaseLock").getKey()),
            "Qualifier", Match.anyValue(),
            "MaximumRetryAttempts", 2,
            "MaximumEventAgeInSeconds", 75 * 60,
            "DestinationConfig",
                Map.of(
                    "OnFailure",
                    Map.of("Destination", Map.of("Fn::GetAtt", List.of(queue.getKey(), "Arn"))))));
    assertThat(json.resource(json.only("AWS::Lambda::EventInvokeConfig").getKey()).toString())
        .contains(aliasOf("ReleaseLock"));
  }

  // --- cdk-nag ---

  @Test
  void cdkNagFindsNothingUnsuppressedAndEverySuppressionSaysWhy() {
    assertThat(SynthesizedApp.nagErrors(stack)).isEmpty();
    assertThat(SynthesizedApp.nagWarnings(stack)).isEmpty();
    List<JsonNode> suppressions = new ArrayList<>();
    for (String type :
        List.of(
            "AWS::Lambda::Function",
            "AWS::IAM::Policy",
            "AWS::SQS::Queue",
            "AWS::Lambda::Version",
            "AWS::SQS::QueuePolicy")) {
      json.resources(type)
          .values()
          .forEach(
              resource ->
                  resource.at("/Metadata/cdk_nag/rules_to_suppress").forEach(suppressions::add));
    }
    assertThat(suppressions).isNotEmpty();
    assertThat(suppressions)
        .allSatisfy(
            suppression -> {
              assertThat(suppression.path("id").asText()).startsWith("AwsSolutions-");
              assertThat(suppression.path("reason").asText()).hasSizeGreaterThan(80);
            });
    assertThat(suppressions)
        .filteredOn(suppression -> suppression.path("id").asText().equals("AwsSolutions-IAM5"))
        .allSatisfy(suppression -> assertThat(suppression.path("applies_to").isArray()).isTrue());
  }

  // --- environments ---

  @ParameterizedTest
  @ValueSource(strings = {"staging", "production"})
  void environmentsThatKeepDataKeepTheirLogGroups(String environment) {
    WorkflowTemplate other =
        new WorkflowTemplate(
            SynthesizedApp.of(Environments.named(environment)).stacks().workflow());
    assertThat(other.resources("AWS::Logs::LogGroup").values())
        .hasSize(HANDLERS.size() + 1)
        .allSatisfy(
            logGroup -> assertThat(logGroup.path("DeletionPolicy").asText()).isEqualTo("Retain"));
  }

  @Test
  void productionRunsBiggerFunctionsMoreOftenWithMoreSlotsAndALongerLease() {
    WorkflowStack production = SynthesizedApp.of(Environments.PRODUCTION).stacks().workflow();
    WorkflowTemplate prod = new WorkflowTemplate(production);
    JsonNode discover = prod.function("kiro-worker-production-DiscoverWorkItem").getValue();
    assertThat(discover.at("/Properties/MemorySize").asInt()).isEqualTo(1536);
    assertThat(discover.at("/Properties/Environment/Variables/KIRO_LOCK_SLOTS").asText())
        .isEqualTo("2");
    assertThat(discover.at("/Properties/Environment/Variables/KIRO_BUILD_TIMEOUT_MINUTES").asText())
        .isEqualTo("90");
    assertThat(prod.resources("AWS::Logs::LogGroup").values())
        .allSatisfy(
            logGroup ->
                assertThat(logGroup.at("/Properties/RetentionInDays").asInt()).isEqualTo(90));
    Template.fromStack(production)
        .hasResourceProperties(
            "AWS::Events::Rule",
            Match.objectLike(
                Map.of(
                    "Name", "kiro-worker-production-schedule",
                    "ScheduleExpression", "rate(15 minutes)")));
    JsonNode machine = prod.only("AWS::StepFunctions::StateMachine").getValue();
    assertThat(machine.at("/Properties/StateMachineName").asText())
        .isEqualTo("kiro-worker-production");
    assertThat(machine.at("/Properties/DefinitionString").asText())
        .contains("\"TimeoutSeconds\" : " + (90 + 15) * 60);
    assertThat(machine.at("/Properties/DefinitionSubstitutions/BuildTimeoutMinutes").asText())
        .isEqualTo("90");
    assertThat(machine.at("/Properties/DefinitionSubstitutions/EnvironmentName").asText())
        .isEqualTo("production");
    assertThat(SynthesizedApp.nagErrors(production)).isEmpty();
  }

  // --- helpers ---

  private List<JsonNode> statementsOfFunction(String handler) {
    JsonNode function = json.function("kiro-worker-test-" + handler).getValue();
    return json.statementsOf(WorkflowTemplate.roleOf(function, "/Properties/Role"));
  }

  private String aliasOf(String handler) {
    String function = json.function("kiro-worker-test-" + handler).getKey();
    return json.resources("AWS::Lambda::Alias").entrySet().stream()
        .filter(
            entry -> entry.getValue().at("/Properties/FunctionName/Ref").asText().equals(function))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> refs(JsonNode resources) {
    List<String> refs = new ArrayList<>();
    for (JsonNode resource : resources.isArray() ? resources : List.of(resources)) {
      refs.add("ref:" + resource.path("Ref").asText());
    }
    return refs;
  }

  /** Every Task state, also inside Map and Parallel states. */
  private static void collectTasks(JsonNode states, List<JsonNode> tasks) {
    states
        .properties()
        .forEach(
            entry -> {
              JsonNode state = entry.getValue();
              if (state.path("Type").asText().equals("Task")) {
                tasks.add(state);
              }
              collectTasks(state.at("/ItemProcessor/States"), tasks);
              state.path("Branches").forEach(branch -> collectTasks(branch.path("States"), tasks));
            });
  }
}
