package dev.kiroworker.cdk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.DeploymentArtifacts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.assets.Asset;

class BuildProjectPermissionsTest {

  private final Stack stack = new Stack(new App(), "Permissions");
  private final IBucket bucket = Bucket.fromBucketName(stack, "Bucket", "artifacts");
  private final Asset jar =
      Asset.Builder.create(stack, "Jar")
          .path(DeploymentArtifacts.fromBuild().workerJar().toString())
          .build();
  private final LogGroup logs = new LogGroup(stack, "Logs");

  @Test
  void statements_leaveOutWhatHasNoResource() {
    List<PolicyStatement> statements =
        new BuildProjectPermissions(List.of(), bucket, "test", jar, logs, List.of()).statements();

    assertThat(statements)
        .extracting(PolicyStatement::getSid)
        .containsExactly(
            "ReadWorkerJar", "WriteBuildArtifacts", "LocateArtifactsBucket", "WriteBuildLogs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "test/other"})
  void theArtifactsPrefixIsOnePathSegment(String prefix) {
    assertThatThrownBy(
            () -> new BuildProjectPermissions(List.of(), bucket, prefix, jar, logs, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("artifactsPrefix is '" + prefix + "'");
  }

  @Test
  void aMissingPrefixIsRefusedToo() {
    assertThatThrownBy(
            () -> new BuildProjectPermissions(List.of(), bucket, null, jar, logs, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one path segment");
  }
}
