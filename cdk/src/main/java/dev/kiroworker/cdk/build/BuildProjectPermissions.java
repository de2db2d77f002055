package dev.kiroworker.cdk.build;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awscdk.services.codebuild.IReportGroup;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * Everything the CodeBuild project's role may do, each statement on named resources: read the
 * secrets the buildspec names, install the worker jar, write its artifacts under its environment's
 * prefix, its logs and its reports. The project gets no other permission: CDK's own grants are
 * switched off (see {@code BuildStack}), since they reach the whole bucket and every report group
 * named after the project.
 *
 * @param secrets the secrets the buildspec's {@code secrets-manager} section reads
 * @param artifactsBucket where the build uploads {@code kiro-output/}
 * @param artifactsPrefix the environment's key prefix in that bucket, without slashes
 * @param workerJar the kiro-worker jar the install phase downloads
 * @param logGroup the project's log group
 * @param reportGroups the buildspec's report groups
 */
public record BuildProjectPermissions(
    List<ISecret> secrets,
    IBucket artifactsBucket,
    String artifactsPrefix,
    Asset workerJar,
    ILogGroup logGroup,
    List<IReportGroup> reportGroups) {

  public BuildProjectPermissions {
    secrets = List.copyOf(secrets);
    reportGroups = List.copyOf(reportGroups);
    Objects.requireNonNull(artifactsBucket, "artifactsBucket");
    Objects.requireNonNull(workerJar, "workerJar");
    Objects.requireNonNull(logGroup, "logGroup");
    if (artifactsPrefix == null || artifactsPrefix.isBlank() || artifactsPrefix.contains("/")) {
      throw new IllegalArgumentException(
          "artifactsPrefix is '" + artifactsPrefix + "'; expected one path segment, e.g. test");
    }
  }

  /**
   * The role policy's statements, each with a Sid that says what it is for; a statement with no
   * resource (no secrets, no report groups) is left out rather than written with an empty list.
   */
  public List<PolicyStatement> statements() {
    return Stream.of(
            statement(
                "ReadBuildSecrets",
                List.of("secretsmanager:GetSecretValue"),
                secrets.stream().map(ISecret::getSecretArn).toList()),
            statement(
                "ReadWorkerJar",
                List.of("s3:GetObject"),
                List.of(workerJar.getBucket().arnForObjects(workerJar.getS3ObjectKey()))),
            statement(
                "WriteBuildArtifacts",
                List.of("s3:PutObject"),
                List.of(artifactsBucket.arnForObjects(artifactsPrefix + "/*"))),
            // CodeBuild checks who owns the artifacts bucket and where it is before it uploads.
            statement(
                "LocateArtifactsBucket",
                List.of("s3:GetBucketAcl", "s3:GetBucketLocation"),
                List.of(artifactsBucket.getBucketArn())),
            // The log group's ARN ends in ":*", which covers the streams CodeBuild creates in it.
            statement(
                "WriteBuildLogs",
                List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                List.of(logGroup.getLogGroupArn())),
            statement(
                "WriteBuildReports",
                List.of(
                    "codebuild:CreateReportGroup",
                    "codebuild:CreateReport",
                    "codebuild:UpdateReport",
                    "codebuild:BatchPutTestCases",
                    "codebuild:BatchPutCodeCoverages"),
                reportGroups.stream().map(IReportGroup::getReportGroupArn).toList()))
        .filter(statement -> statement.getHasResource())
        .toList();
  }

  private static PolicyStatement statement(
      String sid, List<String> actions, List<String> resources) {
    return PolicyStatement.Builder.create().sid(sid).actions(actions).resources(resources).build();
  }
}
