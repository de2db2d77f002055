package dev.kiroworker.cdk.stacks;

import static dev.kiroworker.cdk.SynthesizedApp.documentStating;
import static dev.kiroworker.cdk.SynthesizedApp.insecureTransport;
import static dev.kiroworker.cdk.SynthesizedApp.nagErrors;
import static dev.kiroworker.cdk.SynthesizedApp.nagWarnings;
import static dev.kiroworker.cdk.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.SynthesizedApp;
import dev.kiroworker.cdk.config.AlarmLevels;
import dev.kiroworker.cdk.config.Alarms;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import dev.kiroworker.cdk.config.Environments;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;

class MonitoringStackTest {

  private static final List<String> HANDLERS =
      List.of(
          "AcquireLock",
          "DiscoverWorkItem",
          "ParseCoverage",
          "ReleaseLock",
          "UpdatePullRequest",
          "ValidateSpec");

  static Stream<Arguments> environments() {
    return Stream.of(Arguments.of(Environments.TEST), Arguments.of(Environments.PRODUCTION));
  }

  private static MonitoringStack monitoring(DeploymentEnvironment environment) {
    return SynthesizedApp.of(environment).stacks().monitoring();
  }

  @Test
  void alertTopic_isEncryptedWithItsOwnRotatedKeyAndRefusesPlainHttp() {
    Template template = template(monitoring(Environments.TEST));

    template.hasResourceProperties(
        "AWS::SNS::Topic",
        Map.of(
            "TopicName",
            "kiro-worker-test-alerts",
            "KmsMasterKeyId",
            Map.of("Fn::GetAtt", List.of(keyId(template), "Arn"))));
    template.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
    template.hasResourceProperties(
        "AWS::SNS::TopicPolicy",
        Map.of(
            "PolicyDocument",
            documentStating(
                Map.of(
                    "Effect", "Deny", "Action", "sns:Publish", "Condition", insecureTransport()))));
  }

  @Test
  void alertKey_letsCloudWatchAlarmsPublishToTheEncryptedTopic() {
    template(monitoring(Environments.TEST))
        .hasResourceProperties(
            "AWS::KMS::Key",
            Map.of(
                "KeyPolicy",
                documentStating(
                    Map.of(
                        "Effect",
                        "Allow",
                        "Principal",
                        Map.of("Service", "cloudwatch.amazonaws.com"),
                        "Action",
                        List.of("kms:Decrypt", "kms:GenerateDataKey*")))));
  }

  @Test
  void alertTopic_hasOneEmailSubscriptionPerAddress() {
    App app = new App();
    DeploymentEnvironment production =
        Environments.PRODUCTION.withAlertEmails(List.of("a@example.com", "b@example.com"));
    MonitoringStack stack =
        new MonitoringStack(
            app,
            "KiroWorker-production-Monitoring",
            StackProps.builder().build(),
            production,
            new ResourceNames(production));
    Aspects.of(app).add(new AwsSolutionsChecks());

    Template template = Template.fromStack(stack);

    template.resourceCountIs("AWS::SNS::Subscription", 2);
    for (String email : production.alertEmails()) {
      template.hasResourceProperties(
          "AWS::SNS::Subscription",
          Map.of(
              "Protocol",
              "email",
              "Endpoint",
              email,
              "TopicArn",
              Map.of("Ref", single(template, "AWS::SNS::Topic"))));
    }
    assertThat(nagErrors(stack)).isEmpty();
  }

  @Test
  void alertTopic_isTheChannelsTopicForFailedRuns() {
    MonitoringStack stack = monitoring(Environments.TEST);

    assertThat(stack.alertTopic()).isSameAs(stack.alertChannel().failedRunTopic());
    assertThat(stack.alertTopic().getNode().getPath())
        .isEqualTo("KiroWorker-test-Monitoring/Alerts/Topic");
  }

  @Test
  void alertTopic_withoutAddresses_hasNoSubscription() {
    template(monitoring(Environments.TEST)).resourceCountIs("AWS::SNS::Subscription", 0);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void everyMetric_hasAWarningAndAnErrorAlarmAtTheEnvironmentsLevels(
      DeploymentEnvironment environment) {
    Map<String, Object> thresholds = new HashMap<>();
    alarms(environment).forEach((name, props) -> thresholds.put(name, props.get("Threshold")));

    assertThat(thresholds).isEqualTo(expectedThresholds(environment));
  }

  @Test
  void thresholds_differBetweenTestAndProduction() {
    assertThat(alarms(Environments.TEST).get("kiro-worker-test-execution-failures-error"))
        .containsEntry("Threshold", 5);
    assertThat(
            alarms(Environments.PRODUCTION).get("kiro-worker-production-execution-failures-error"))
        .containsEntry("Threshold", 2);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void descriptions_sayWhatHappenedInTheEnvironmentAndWhatToDo(DeploymentEnvironment environment) {
    alarms(environment)
        .forEach(
            (name, props) ->
                assertThat((String) props.get("AlarmDescription"))
                    .as(name)
                    .contains(" " + environment.name() + " ")
                    .containsPattern("\\b(Open|check|read)\\b")
                    .contains("docs/deployment.md#alarms")
                    .hasSizeLessThanOrEqualTo(1024));
    assertThat(
            (String)
                alarms(environment)
                    .get("kiro-worker-" + environment.name() + "-build-duration-warning")
                    .get("AlarmDescription"))
        .contains(
            "took "
                + (int) environment.alarms().buildDurationMinutes().warning()
                + " minutes or more")
        .contains("the build timeout is " + environment.buildTimeoutMinutes() + " minutes");
  }

  @Test
  void alarms_notifyTheAlertTopic_andErrorsAnnounceTheirRecovery() {
    Template template = template(monitoring(Environments.TEST));
    Map<String, String> topicRef = Map.of("Ref", single(template, "AWS::SNS::Topic"));

    alarms(Environments.TEST)
        .forEach(
            (name, props) -> {
              assertThat(props.get("AlarmActions")).as(name).isEqualTo(List.of(topicRef));
              assertThat(props.get("OKActions"))
                  .as(name)
                  .isEqualTo(name.endsWith("-error") ? List.of(topicRef) : null);
              assertThat(props)
                  .as(name)
                  .containsEntry("TreatMissingData", "notBreaching")
                  .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                  .containsEntry("EvaluationPeriods", 1);
            });
  }

  @Test
  void alarms_watchTheOtherStacksResourcesByName() {
    Map<String, Map<String, Object>> alarms = alarms(Environments.TEST);

    assertThat(metrics(alarms, "execution-failures"))
        .contains("AWS/States", "ExecutionsFailed", "ExecutionsTimedOut", "ExecutionsAborted")
        .contains(":stateMachine:kiro-worker-test");
    assertThat(metrics(alarms, "execution-duration")).contains("ExecutionTime", "Maximum");
    assertThat(metrics(alarms, "build-failure-rate"))
        .contains("AWS/CodeBuild", "FailedBuilds", "Builds", "ProjectName", "kiro-worker-test");
    assertThat(metrics(alarms, "build-duration")).contains("Duration", "Maximum");
    for (String handler : HANDLERS) {
      assertThat(metrics(alarms, "lambda-errors")).contains("kiro-worker-test-" + handler);
      assertThat(metrics(alarms, "lambda-throttles")).contains("kiro-worker-test-" + handler);
    }
    assertThat(metrics(alarms, "lock-table-throttles"))
        .contains("ReadThrottleEvents", "WriteThrottleEvents", "kiro-worker-test-locks");
  }

  @Test
  void dashboard_showsEveryMonitoredResourceAndTheAlarms() {
    Template template = template(monitoring(Environments.TEST));
    Map<String, Map<String, Object>> dashboards =
        template.findResources("AWS::CloudWatch::Dashboard");

    assertThat(dashboards).hasSize(1);
    Map<?, ?> props = (Map<?, ?>) dashboards.values().iterator().next().get("Properties");
    assertThat(props.get("DashboardName")).isEqualTo("kiro-worker-test");
    String body = String.valueOf(props.get("DashboardBody"));
    assertThat(body)
        .contains("Executions of state machine kiro-worker-test")
        .contains("Builds of CodeBuild project kiro-worker-test")
        .contains("lock table kiro-worker-test-locks")
        .contains("\"type\":\"alarm\"");
    // The alarm status widget lists every alarm, by ARN.
    assertThat(body.split("Fn::GetAtt=\\[Alarms", -1)).hasSize(14 + 1);
    for (String handler : HANDLERS) {
      assertThat(body).contains("kiro-worker-test-" + handler);
    }
  }

  @Test
  void stack_dependsOnNoOtherStack() {
    MonitoringStack stack = monitoring(Environments.TEST);

    assertThat(stack.getDependencies()).isEmpty();
    assertThat(String.valueOf(template(stack).toJSON())).doesNotContain("Fn::ImportValue");
  }

  @Test
  void grantPublish_letsTheStateMachineRolePublishAndUseTheKey() {
    App app = new App();
    MonitoringStack monitoring =
        new MonitoringStack(
            app,
            "Monitoring",
            StackProps.builder().build(),
            Environments.TEST,
            new ResourceNames(Environments.TEST));
    Stack workflow = new Stack(app, "Workflow");
    Role role =
        Role.Builder.create(workflow, "StateMachineRole")
            .assumedBy(new ServicePrincipal("states.amazonaws.com"))
            .build();

    monitoring.alertChannel().grantPublish(role);

    String policy =
        String.valueOf(Template.fromStack(workflow).findResources("AWS::IAM::Policy").values());
    assertThat(policy)
        .contains("sns:Publish", "kms:Decrypt", "kms:GenerateDataKey*")
        .contains("AlertsTopic")
        .contains("AlertsKey")
        .doesNotContain("Resource=*");
  }

  @ParameterizedTest
  @MethodSource("environments")
  void stack_isCdkNagClean(DeploymentEnvironment environment) {
    assertThat(nagErrors(monitoring(environment))).isEmpty();
    assertThat(nagWarnings(monitoring(environment))).isEmpty();
  }

  private static Map<String, Object> expectedThresholds(DeploymentEnvironment environment) {
    Alarms levels = environment.alarms();
    Map<String, AlarmLevels> byKey = new LinkedHashMap<>();
    byKey.put("execution-failures", levels.executionFailures());
    byKey.put("build-failure-rate", levels.buildFailurePercent());
    byKey.put("build-duration", levels.buildDurationMinutes());
    byKey.put("lambda-errors", levels.lambdaErrors());
    byKey.put("lambda-throttles", levels.lambdaThrottles());
    byKey.put("lock-table-throttles", levels.dynamoDbThrottles());
    byKey.put("execution-duration", levels.executionRunningMinutes());
    Map<String, Object> expected = new HashMap<>();
    byKey.forEach(
        (key, level) -> {
          String prefix = "kiro-worker-" + environment.name() + "-" + key;
          expected.put(prefix + "-warning", asTemplateNumber(level.warning()));
          expected.put(prefix + "-error", asTemplateNumber(level.error()));
        });
    return expected;
  }

  /** The template holds whole numbers as integers. */
  private static Object asTemplateNumber(double value) {
    return value == Math.rint(value) ? (Object) (int) value : (Object) value;
  }

  /** The stack's alarms' properties by alarm name. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> alarms(DeploymentEnvironment environment) {
    return template(monitoring(environment))
        .findResources("AWS::CloudWatch::Alarm")
        .values()
        .stream()
        .map(resource -> (Map<String, Object>) resource.get("Properties"))
        .collect(Collectors.toMap(props -> (String) props.get("AlarmName"), props -> props));
  }

  private static String metrics(Map<String, Map<String, Object>> alarms, String key) {
    Set<String> levels = Set.of("warning", "error");
    return levels.stream()
        .map(level -> alarms.get("kiro-worker-test-" + key + "-" + level).get("Metrics"))
        .map(String::valueOf)
        .collect(Collectors.joining("\n"));
  }

  private static String keyId(Template template) {
    return single(template, "AWS::KMS::Key");
  }

  private static String single(Template template, String type) {
    Map<String, Map<String, Object>> resources = template.findResources(type);
    assertThat(resources).hasSize(1);
    return resources.keySet().iterator().next();
  }
}
