package dev.kiroworker.cdk.workflow;

import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.IConstruct;

/**
 * One thing a handler does with the shared state, as the IAM statements it takes: exactly the
 * actions the handler's code calls, on the one resource it calls them on. Read from the handlers'
 * code ({@code DynamoDbLock}, {@code ProjectConfigSource}, {@code SecretsManagerTokenProvider},
 * {@code ReportStore}); a handler that starts calling something new needs its entry here.
 */
public enum HandlerAccess {

  /** {@code ProjectConfigSource}: GetParameter (with decryption) of the project document. */
  READ_PROJECT_CONFIG {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      return List.of(
          statement(
              "ReadTheProjectDocument",
              List.of("ssm:GetParameter"),
              state.projectConfig().getParameterArn()));
    }
  },

  /**
   * {@code SecretsManagerTokenProvider}: GetSecretValue of the token secret. The secret uses the
   * account's {@code aws/secretsmanager} key, whose key policy lets Secrets Manager decrypt for any
   * caller allowed to read the secret, so no KMS statement is needed.
   */
  READ_GITHUB_TOKEN {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      return List.of(
          statement(
              "ReadTheGitHubToken",
              List.of("secretsmanager:GetSecretValue"),
              state.gitHubToken().getSecretArn()));
    }
  },

  /** Discovery's {@code DynamoDbLock.currentHolder}: one consistent GetItem per work item. */
  CHECK_LOCKS {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      return List.of(
          statement(
              "CheckWhoHoldsAWorkItem",
              List.of("dynamodb:GetItem"),
              state.lockTable().getTableArn()));
    }
  },

  /**
   * {@code DynamoDbLock.acquire}: reads the slots (BatchGetItem), claims a slot and the item key
   * (conditional PutItem), gives a slot back when the item is busy (conditional DeleteItem) and
   * reads the item key's holder (GetItem).
   */
  TAKE_LOCKS {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      return List.of(
          statement(
              "TakeLocks",
              List.of(
                  "dynamodb:BatchGetItem",
                  "dynamodb:GetItem",
                  "dynamodb:PutItem",
                  "dynamodb:DeleteItem"),
              state.lockTable().getTableArn()));
    }
  },

  /**
   * {@code DynamoDbLock.release} and {@code releaseAllHeldBy}: reads the slots and the item key,
   * deletes what the execution owns (conditional DeleteItem). Never writes.
   */
  RELEASE_LOCKS {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      return List.of(
          statement(
              "ReleaseLocks",
              List.of("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:DeleteItem"),
              state.lockTable().getTableArn()));
    }
  },

  /**
   * {@code ReportStore}: lists the build's report folder (ListObjectsV2 is {@code s3:ListBucket})
   * and reads objects from it (GetObject, also with a Range for format detection). Builds write
   * under {@code <environment>/<build id>/}, so both are limited to this environment's prefix: a
   * bucket shared by environments would not let one read the other's reports.
   */
  READ_BUILD_REPORTS {
    @Override
    List<PolicyStatement> statements(SharedState state) {
      String prefix = state.environment() + "/";
      return List.of(
          PolicyStatement.Builder.create()
              .sid("ListBuildReports")
              .actions(List.of("s3:ListBucket"))
              .resources(List.of(state.artifactsBucket().getBucketArn()))
              .conditions(Map.of("StringLike", Map.of("s3:prefix", prefix + "*")))
              .build(),
          statement(
              "ReadBuildReports",
              List.of("s3:GetObject"),
              state.artifactsBucket().arnForObjects(prefix + "*")));
    }

    @Override
    void acceptFindings(IConstruct role) {
      // The finding names the bucket's ARN as a local reference or as the state stack's export,
      // depending on how cdk-nag resolves it; both mean this bucket's objects.
      AcceptedFindings.accept(
          role,
          "AwsSolutions-IAM5",
          "s3:GetObject on the artifacts bucket's objects under this environment's prefix: report"
              + " keys are <environment>/<build id>/..., and the build id is known only when a"
              + " build has run. The function only reads.",
          RegexAppliesTo.builder()
              .regex("/^Resource::.*ArtifactsBucket[0-9A-F]{8}[^/]*\\/[a-z][a-z0-9-]*\\/\\*$/")
              .build());
    }
  };

  /** The statements that allow this access and nothing else. */
  abstract List<PolicyStatement> statements(SharedState state);

  /**
   * Records, on the role holding {@link #statements}, the cdk-nag findings they cause and why they
   * are acceptable; most accesses cause none.
   */
  void acceptFindings(IConstruct role) {}

  private static PolicyStatement statement(String sid, List<String> actions, String resource) {
    return PolicyStatement.Builder.create()
        .sid(sid)
        .actions(actions)
        .resources(List.of(resource))
        .build();
  }
}
