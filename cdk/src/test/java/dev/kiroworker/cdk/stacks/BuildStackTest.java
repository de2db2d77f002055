package dev.kiroworker.cdk.stacks;

import static dev.kiroworker.cdk.SynthesizedApp.nagErrors;
import static dev.kiroworker.cdk.SynthesizedApp.nagWarnings;
import static dev.kiroworker.cdk.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiroworker.cdk.DeploymentArtifacts;
import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.SynthesizedApp;
import dev.kiroworker.cdk.build.InvalidBuildSpecException;
import dev.kiroworker.cdk.config.Environments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.codebuild.ComputeType;

class BuildStackTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BuildStack TEST_BUILD = SynthesizedApp.test().stacks().build();

  private static Template test() {
    return template(TEST_BUILD);
  }

  private static BuildStack productionBuild() {
    return SynthesizedApp.of(Environments.PRODUCTION).stacks().build();
  }

  /** The one CodeBuild project's properties, as JSON. */
  private static JsonNode project(Template template) {
    Map<String, Map<String, Object>> projects = template.findResources("AWS::CodeBuild::Project");
    assertThat(projects).hasSize(1);
    return JSON.valueToTree(projects.values().iterator().next()).path("Properties");
  }

  @Test
  void theProjectIsNamedForTheEnvironmentAndRunsTheStandardAmazonLinuxImageUnprivileged() {
    test()
        .hasResourceProperties(
            "AWS::CodeBuild::Project",
            Match.objectLike(
                Map.of(
                    "Name",
                    "kiro-worker-test",
                    "Source",
                    Match.objectLike(Map.of("Type", "NO_SOURCE")),
                    "TimeoutInMinutes",
                    60,
                    "Environment",
                    Match.objectLike(
                        Map.of(
                            "ComputeType", "BUILD_GENERAL1_SMALL",
                            "Image", "aws/codebuild/amazonlinux-x86_64-standard:5.0",
                            "Type", "LINUX_CONTAINER",
                            "PrivilegedMode", false)))));
  }

  @Test
  void productionBuildsOnALargerMachineForLonger() {
    template(productionBuild())
        .hasResourceProperties(
            "AWS::CodeBuild::Project",
            Match.objectLike(
                Map.of(
                    "Name",
                    "kiro-worker-production",
                    "TimeoutInMinutes",
                    90,
                    "Environment",
                    Match.objectLike(Map.of("ComputeType", "BUILD_GENERAL1_MEDIUM")))));
  }

  @ParameterizedTest
  @CsvSource({
    "BUILD_GENERAL1_SMALL, SMALL",
    "BUILD_GENERAL1_MEDIUM, MEDIUM",
    "BUILD_GENERAL1_LARGE, LARGE",
    "BUILD_GENERAL1_XLARGE, X_LARGE",
    "BUILD_GENERAL1_2XLARGE, X2_LARGE"
  })
  void everyComputeTypeAnEnvironmentAcceptsHasItsConstant(String name, ComputeType expected) {
    assertThat(BuildStack.computeType(name)).isEqualTo(expected);
  }

  @Test
  void anUnknownComputeTypeIsRefused() {
    assertThatThrownBy(() -> BuildStack.computeType("BUILD_GENERAL1_HUGE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BUILD_GENERAL1_HUGE");
  }

  @Test
  void theInlinedBuildspecReadsTheStateStacksSecretsByTheirArns() {
    JsonNode buildSpec = project(test()).path("Source").path("BuildSpec");
    List<JsonNode> parts = new ArrayList<>();
    buildSpec.path("Fn::Join").path(1).forEach(parts::add);

    assertThat(precedingText(parts, "GitHubTokenSecret")).endsWith("GITHUB_TOKEN: ");
    assertThat(precedingText(parts, "KiroApiKeySecret")).endsWith("KIRO_API_KEY: ");
    assertThat(buildSpec.toString())
        .doesNotContain("${GitHubTokenSecretArn}")
        .doesNotContain("${KiroApiKeySecretArn}")
        .doesNotContain("GitCredentialsSecret");
  }

  @Test
  void theInlinedBuildspecIsTheRepositorysFile() throws IOException {
    String inlined = project(test()).path("Source").path("BuildSpec").toString();

    assertThat(inlined)
        .contains("kiro-worker build checkout")
        .contains("kiro-worker build verify")
        .contains("java: corretto21")
        .contains("name: $KIRO_ENVIRONMENT/$CODEBUILD_BUILD_ID")
        .contains("base-directory: kiro-output");
    assertThat(Files.readString(DeploymentArtifacts.fromBuild().buildspec()))
        .contains("${GitHubTokenSecretArn}");
  }

  @Test
  void theDeploymentSetsTheEnvironmentThresholdAndWorkerJarLocation() {
    JsonNode variables = project(test()).path("Environment").path("EnvironmentVariables");

    assertThat(variables).hasSize(3);
    assertThat(variable(variables, "KIRO_ENVIRONMENT").path("Value").asText()).isEqualTo("test");
    assertThat(variable(variables, "COVERAGE_THRESHOLD").path("Value").asText()).isEqualTo("80");
    JsonNode jar = variable(variables, "KIRO_WORKER_JAR_URI");
    assertThat(jar.path("Type").asText()).isEqualTo("PLAINTEXT");
    assertThat(jar.path("Value").path("Fn::Sub").asText()).startsWith("s3://cdk-").endsWith(".jar");
  }

  @Test
  void aPinnedKiroCliReleaseFromTheContextReachesTheBuild() {
    String sha256 = "0123456789abcdef".repeat(4);
    App app =
        new App(
            AppProps.builder()
                .context(Map.of("kiroCliVersion", "1.25.0", "kiroCliSha256", sha256))
                .build());
    ResourceNames names = new ResourceNames(Environments.TEST);
    StateStack state =
        new StateStack(app, "State", StackProps.builder().build(), Environments.TEST, names);
    BuildStack build =
        new BuildStack(
            app,
            "Build",
            StackProps.builder().build(),
            Environments.TEST,
            names,
            state,
            DeploymentArtifacts.fromBuild());

    JsonNode variables =
        project(Template.fromStack(build)).path("Environment").path("EnvironmentVariables");

    assertThat(variables).hasSize(5);
    assertThat(variable(variables, "KIRO_CLI_VERSION").path("Value").asText()).isEqualTo("1.25.0");
    assertThat(variable(variables, "KIRO_CLI_SHA256").path("Value").asText()).isEqualTo(sha256);
  }

  @Test
  void artifactsGoUnzippedAndEncryptedToTheStateStacksBucketUnderTheBuildspecsName() {
    test()
        .hasResourceProperties(
            "AWS::CodeBuild::Project",
            Match.objectLike(
                Map.of(
                    "Artifacts",
                    Map.of(
                        "Type",
                        "S3",
                        "Location",
                        importOf("ExportsOutputRefArtifactsBucket"),
                        "NamespaceType",
                        "NONE",
                        "Packaging",
                        "NONE",
                        "OverrideArtifactName",
                        true,
                        "EncryptionDisabled",
                        Match.absent()),
                    "EncryptionKey",
                    "alias/aws/s3")));
  }

  @Test
  void theBuildspecsReportGroupsExistUnderTheNamesCodeBuildGivesThem() {
    Template template = test();
    template.resourceCountIs("AWS::CodeBuild::ReportGroup", 4);
    Map<String, String> types =
        Map.of(
            "kiro-worker-test-kiro-tests", "TEST",
            "kiro-worker-test-kiro-coverage-jacoco", "CODE_COVERAGE",
            "kiro-worker-test-kiro-coverage-cobertura", "CODE_COVERAGE",
            "kiro-worker-test-kiro-coverage-clover", "CODE_COVERAGE");
    types.forEach(
        (name, type) ->
            template.hasResource(
                "AWS::CodeBuild::ReportGroup",
                Map.of(
                    "DeletionPolicy",
                    "Delete",
                    "Properties",
                    Match.objectLike(Map.of("Name", name, "Type", type, "DeleteReports", true)))));
    assertThat(TEST_BUILD.reportGroups()).hasSize(4);
  }

  @Test
  void logsGoToTheProjectsOwnLogGroupKeptForTheEnvironmentsRetention() {
    Template template = test();
    template.hasResource(
        "AWS::Logs::LogGroup",
        Map.of(
            "DeletionPolicy",
            "Delete",
            "Properties",
            Map.of(
                "LogGroupName",
                "/aws/codebuild/kiro-worker-test",
                "RetentionInDays",
                14,
                "Tags",
                Match.anyValue())));
    String logGroup = template.findResources("AWS::Logs::LogGroup").keySet().iterator().next();
    template.hasResourceProperties(
        "AWS::CodeBuild::Project",
        Match.objectLike(
            Map.of(
                "LogsConfig",
                Map.of(
                    "CloudWatchLogs",
                    Map.of("Status", "ENABLED", "GroupName", Map.of("Ref", logGroup))))));
    template(productionBuild())
        .hasResource(
            "AWS::Logs::LogGroup",
            Map.of(
                "DeletionPolicy",
                "Retain",
                "Properties",
                Match.objectLike(Map.of("RetentionInDays", 90))));
  }

  @Test
  void theRoleMayDoOnlyWhatTheBuildNeedsOnNamedResources() {
    Template template = test();
    JsonNode role = onlyResource(template, "AWS::IAM::Role");
    assertThat(role.path("Properties").has("ManagedPolicyArns")).isFalse();
    assertThat(role.path("Properties").has("Policies")).isFalse();
    JsonNode policy = onlyResource(template, "AWS::IAM::Policy");
    JsonNode statements = policy.path("Properties").path("PolicyDocument").path("Statement");

    assertThat(
            StreamSupport.stream(statements.spliterator(), false).map(s -> s.path("Sid").asText()))
        .containsExactly(
            "ReadBuildSecrets",
            "ReadWorkerJar",
            "WriteBuildArtifacts",
            "LocateArtifactsBucket",
            "WriteBuildLogs",
            "WriteBuildReports");
    assertThat(statement(statements, "ReadBuildSecrets").path("Action").asText())
        .isEqualTo("secretsmanager:GetSecretValue");
    assertThat(statement(statements, "ReadBuildSecrets").path("Resource").toString())
        .contains("ExportsOutputRefGitHubTokenSecret")
        .contains("ExportsOutputRefKiroApiKeySecret")
        .doesNotContain("GitCredentials");
    assertThat(statement(statements, "WriteBuildArtifacts").path("Action").asText())
        .isEqualTo("s3:PutObject");
    assertThat(statement(statements, "WriteBuildArtifacts").path("Resource").toString())
        .contains("ArtifactsBucket")
        .endsWith("\"/test/*\"]]}");
    assertThat(statement(statements, "ReadWorkerJar").path("Resource").toString())
        .contains("cdk-hnb659fds-assets-")
        .contains(".jar");
    assertThat(statement(statements, "WriteBuildReports").path("Resource")).hasSize(4);
    assertThat(statements.toString()).doesNotContain("\"*\"");
    assertThat(template.findResources("AWS::IAM::Policy")).hasSize(1);
    assertThat(policy.path("Properties").path("Roles").toString())
        .isEqualTo("[{\"Ref\":\"" + onlyId(template, "AWS::IAM::Role") + "\"}]");
  }

  @Test
  void theProjectUsesTheRoleAndWaitsForItsPolicy() {
    Template template = test();
    String role = onlyId(template, "AWS::IAM::Role");
    String policy = onlyId(template, "AWS::IAM::Policy");
    template.hasResource(
        "AWS::CodeBuild::Project",
        Map.of(
            "DependsOn",
            Match.arrayWith(List.of(policy)),
            "Properties",
            Match.objectLike(Map.of("ServiceRole", Map.of("Fn::GetAtt", List.of(role, "Arn"))))));
  }

  @Test
  void cdkNagFindsNothingUnsuppressed() {
    assertThat(nagErrors(TEST_BUILD)).isEmpty();
    assertThat(nagWarnings(TEST_BUILD)).isEmpty();
    assertThat(nagErrors(productionBuild())).isEmpty();
  }

  @Test
  void theSuppressionsSayWhy() {
    Template template = test();
    assertThat(onlyResource(template, "AWS::CodeBuild::Project").path("Metadata").toString())
        .contains("AwsSolutions-CB4")
        .contains("aws/s3");
    assertThat(onlyResource(template, "AWS::IAM::Policy").path("Metadata").toString())
        .contains("AwsSolutions-IAM5")
        .contains("test/<build id>/");
  }

  @Test
  void aBuildspecWithAPlaceholderTheDeploymentDoesNotFillIsRefused(@TempDir Path folder)
      throws IOException {
    DeploymentArtifacts real = DeploymentArtifacts.fromBuild();
    Path buildspec = folder.resolve("buildspec.yml");
    Files.writeString(
        buildspec,
        Files.readString(real.buildspec())
            .replace(
                "KIRO_WORKER_JAR_URI: \"\"", "KIRO_WORKER_JAR_URI: \"${WorkerJarBucketName}\""));
    DeploymentArtifacts artifacts =
        new DeploymentArtifacts(real.handlersJar(), real.workerJar(), buildspec);
    App app = new App();
    ResourceNames names = new ResourceNames(Environments.TEST);
    StateStack state =
        new StateStack(app, "State", StackProps.builder().build(), Environments.TEST, names);

    assertThatThrownBy(
            () ->
                new BuildStack(
                    app,
                    "Build",
                    StackProps.builder().build(),
                    Environments.TEST,
                    names,
                    state,
                    artifacts))
        .isInstanceOf(InvalidBuildSpecException.class)
        .hasMessageContaining("${WorkerJarBucketName}")
        .hasMessageContaining("${GitHubTokenSecretArn}");
  }

  private static String precedingText(List<JsonNode> parts, String secret) {
    for (int i = 1; i < parts.size(); i++) {
      if (parts.get(i).path("Fn::ImportValue").asText().contains(secret)) {
        return parts.get(i - 1).asText();
      }
    }
    throw new AssertionError("No reference to " + secret + " in the buildspec: " + parts);
  }

  private static JsonNode variable(JsonNode variables, String name) {
    for (JsonNode variable : variables) {
      if (variable.path("Name").asText().equals(name)) {
        return variable;
      }
    }
    throw new AssertionError("No variable " + name + " in " + variables);
  }

  private static JsonNode statement(JsonNode statements, String sid) {
    for (JsonNode statement : statements) {
      if (statement.path("Sid").asText().equals(sid)) {
        return statement;
      }
    }
    throw new AssertionError("No statement " + sid + " in " + statements);
  }

  private static Map<String, Object> importOf(String exportNamePart) {
    return Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*" + exportNamePart + ".*"));
  }

  private static String onlyId(Template template, String type) {
    Map<String, Map<String, Object>> resources = template.findResources(type);
    assertThat(resources).as(type).hasSize(1);
    return resources.keySet().iterator().next();
  }

  private static JsonNode onlyResource(Template template, String type) {
    return JSON.valueToTree(template.findResources(type).get(onlyId(template, type)));
  }
}
