package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.DeploymentArtifacts;
import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.build.BuildProjectPermissions;
import dev.kiroworker.cdk.build.BuildSpecFile;
import dev.kiroworker.cdk.build.DeclaredReportGroup;
import dev.kiroworker.cdk.config.AgentRelease;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.codebuild.Artifacts;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildEnvironmentVariable;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.ComputeType;
import software.amazon.awscdk.services.codebuild.IProject;
import software.amazon.awscdk.services.codebuild.IReportGroup;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codebuild.Project;
import software.amazon.awscdk.services.codebuild.ReportGroup;
import software.amazon.awscdk.services.codebuild.S3ArtifactsProps;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.constructs.Construct;

/**
 * The CodeBuild project that runs {@code buildspec.yml}: the agent, the tests, the push. It reads
 * the State stack's secrets and writes to its artifacts bucket, so it is deployed after it.
 */
public final class BuildStack extends Stack {

  /** The buildspec's placeholders for the secrets' ARNs (docs/buildspec.md). */
  static final String GITHUB_TOKEN_PLACEHOLDER = "GitHubTokenSecretArn";

  static final String KIRO_API_KEY_PLACEHOLDER = "KiroApiKeySecretArn";

  private final Project project;
  private final List<IReportGroup> reportGroups;
  private final ILogGroup logGroup;

  public BuildStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names,
      StateStack state,
      DeploymentArtifacts artifacts) {
    super(scope, id, props);
    BuildSpecFile buildspec = BuildSpecFile.read(artifacts.buildspec());
    Map<String, Object> inlined =
        buildspec.substitute(
            Map.of(
                GITHUB_TOKEN_PLACEHOLDER, state.gitHubTokenSecret().getSecretArn(),
                KIRO_API_KEY_PLACEHOLDER, state.kiroApiKeySecret().getSecretArn()));

    Asset workerJar =
        Asset.Builder.create(this, "WorkerJar").path(artifacts.workerJar().toString()).build();
    this.logGroup = logGroup(environment, names);
    this.reportGroups =
        buildspec.reportGroups().stream()
            .map(group -> reportGroup(group, names.buildProject()))
            .toList();

    BuildProjectPermissions permissions =
        new BuildProjectPermissions(
            List.of(state.gitHubTokenSecret(), state.kiroApiKeySecret()),
            state.artifactsBucket(),
            environment.name(),
            workerJar,
            logGroup,
            reportGroups);
    Role role =
        Role.Builder.create(this, "BuildProjectRole")
            .assumedBy(new ServicePrincipal("codebuild.amazonaws.com"))
            .description("kiro-worker " + environment.name() + " CodeBuild project")
            .build();
    Policy policy =
        Policy.Builder.create(this, "BuildProjectPolicy")
            .statements(permissions.statements())
            .roles(List.of(role))
            .build();

    this.project =
        Project.Builder.create(this, "BuildProject")
            .projectName(names.buildProject())
            .description(
                "kiro-worker "
                    + environment.name()
                    + ": implements a work item's spec with the Kiro CLI and runs its tests")
            // The buildspec checks the branch out itself (kiro-worker build checkout), so the
            // project has no source, and the state machine passes the work item per build.
            .buildSpec(BuildSpec.fromObjectToYaml(inlined))
            .environment(
                BuildEnvironment.builder()
                    .buildImage(LinuxBuildImage.AMAZON_LINUX_2023_5)
                    .computeType(computeType(environment.buildComputeType()))
                    .privileged(false)
                    .environmentVariables(
                        environmentVariables(
                            environment,
                            workerJar,
                            AgentRelease.fromContext(key -> getNode().tryGetContext(key))))
                    .build())
            .timeout(Duration.minutes(environment.buildTimeoutMinutes()))
            .artifacts(
                Artifacts.s3(
                    S3ArtifactsProps.builder()
                        .bucket(state.artifactsBucket())
                        // The buildspec names the artifact $KIRO_ENVIRONMENT/$CODEBUILD_BUILD_ID;
                        // with no build-id namespace and no zip, the files land one by one
                        // under <environment>/<build id>/, where ParseCoverage lists them.
                        .includeBuildId(false)
                        .packageZip(false)
                        .encryption(true)
                        .build()))
            .logging(
                LoggingOptions.builder()
                    .cloudWatch(CloudWatchLoggingOptions.builder().logGroup(logGroup).build())
                    .build())
            // The role's policy is written out in BuildProjectPermissions: CDK's own grants
            // (read-write on the whole bucket, every report group named project-*, log groups
            // by a second name) are dropped by handing the project a role it cannot change.
            .role(role.withoutPolicyUpdates())
            .grantReportGroupPermissions(false)
            .build();
    // The first build must not start before its role may read the secrets.
    project.getNode().addDependency(policy);

    suppressFindings(policy, environment);
  }

  /** The project; the state machine starts it with {@code codebuild:startBuild.sync}. */
  public IProject project() {
    return project;
  }

  /** The buildspec's report groups, named {@code <project name>-<group>}. */
  public List<IReportGroup> reportGroups() {
    return reportGroups;
  }

  /** Where the build's logs go. */
  public ILogGroup logGroup() {
    return logGroup;
  }

  private LogGroup logGroup(DeploymentEnvironment environment, ResourceNames names) {
    LogGroup group =
        LogGroup.Builder.create(this, "BuildLogs")
            .logGroupName(names.logGroup("codebuild", names.buildProject()))
            .removalPolicy(environment.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    // RetentionDays has no constant for an arbitrary number of days; the environment's value is
    // already checked against CloudWatch Logs' periods, so it is set on the resource directly.
    ((CfnLogGroup) group.getNode().getDefaultChild())
        .setRetentionInDays(environment.logRetentionDays());
    return group;
  }

  /**
   * A report group the buildspec names. Its reports are copies of files the artifacts bucket keeps,
   * so the group is removed with the stack everywhere: a retained group would block redeploying the
   * stack, since the name is fixed by the buildspec.
   */
  private IReportGroup reportGroup(DeclaredReportGroup group, String projectName) {
    return ReportGroup.Builder.create(this, "ReportGroup-" + group.name())
        .reportGroupName(group.qualifiedName(projectName))
        .type(group.type())
        .removalPolicy(RemovalPolicy.DESTROY)
        .deleteReports(true)
        .build();
  }

  /**
   * The deployment's values for the buildspec's variables; they take precedence over the file's
   * defaults, and the state machine's per-build overrides over them.
   */
  private static Map<String, BuildEnvironmentVariable> environmentVariables(
      DeploymentEnvironment environment, Asset workerJar, AgentRelease agent) {
    Map<String, BuildEnvironmentVariable> variables = new LinkedHashMap<>();
    variables.put("KIRO_ENVIRONMENT", plain(environment.name()));
    variables.put(
        "COVERAGE_THRESHOLD",
        plain(
            BigDecimal.valueOf(environment.coverageThreshold())
                .stripTrailingZeros()
                .toPlainString()));
    variables.put("KIRO_WORKER_JAR_URI", plain(workerJar.getS3ObjectUrl()));
    agent.buildVariables().forEach((name, value) -> variables.put(name, plain(value)));
    return variables;
  }

  private static BuildEnvironmentVariable plain(String value) {
    return BuildEnvironmentVariable.builder().value(value).build();
  }

  /** The environment's compute type, which its constructor checked is one of these. */
  static ComputeType computeType(String name) {
    return switch (name) {
      case "BUILD_GENERAL1_SMALL" -> ComputeType.SMALL;
      case "BUILD_GENERAL1_MEDIUM" -> ComputeType.MEDIUM;
      case "BUILD_GENERAL1_LARGE" -> ComputeType.LARGE;
      case "BUILD_GENERAL1_XLARGE" -> ComputeType.X_LARGE;
      case "BUILD_GENERAL1_2XLARGE" -> ComputeType.X2_LARGE;
      default -> throw new IllegalArgumentException("Unknown CodeBuild compute type " + name);
    };
  }

  private void suppressFindings(Policy policy, DeploymentEnvironment environment) {
    NagSuppressions.addResourceSuppressions(
        project,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-CB4")
                .reason(
                    "Artifacts are encrypted (EncryptionDisabled is false) with the AWS managed"
                        + " aws/s3 key, in a bucket whose default encryption is SSE-S3. They hold"
                        + " scrubbed logs, test and coverage reports and the diff already pushed"
                        + " to GitHub, never a secret. A customer managed key would add a key"
                        + " policy and a kms:Decrypt grant for ParseCoverage and every reader"
                        + " in another stack, and protect nothing the bucket does not.")
                .build()));
    NagSuppressions.addResourceSuppressions(
        policy,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason(
                    "The build uploads its artifacts under "
                        + environment.name()
                        + "/<build id>/, and the build id is only known when the build runs;"
                        + " the wildcard is limited to this environment's prefix and to"
                        + " s3:PutObject.")
                .appliesTo(
                    List.of(
                        RegexAppliesTo.builder()
                            .regex(
                                "/^Resource::.*ArtifactsBucket.*\\/"
                                    + environment.name()
                                    + "\\/\\*$/")
                            .build()))
                .build()));
  }
}
