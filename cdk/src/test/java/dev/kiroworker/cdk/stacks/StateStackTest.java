package dev.kiroworker.cdk.stacks;

import static dev.kiroworker.cdk.SynthesizedApp.documentStating;
import static dev.kiroworker.cdk.SynthesizedApp.insecureTransport;
import static dev.kiroworker.cdk.SynthesizedApp.nagErrors;
import static dev.kiroworker.cdk.SynthesizedApp.nagWarnings;
import static dev.kiroworker.cdk.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.cdk.SynthesizedApp;
import dev.kiroworker.cdk.config.Environments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class StateStackTest {

  private static final StateStack TEST_STATE = SynthesizedApp.test().stacks().state();

  private static Template test() {
    return template(TEST_STATE);
  }

  private static Template production() {
    return template(SynthesizedApp.of(Environments.PRODUCTION).stacks().state());
  }

  @Test
  void theLockTableIsOnDemandKeyedByLockIdWithTtlAndPointInTimeRecovery() {
    test()
        .hasResourceProperties(
            "AWS::DynamoDB::Table",
            Map.of(
                "TableName", "kiro-worker-test-locks",
                "BillingMode", "PAY_PER_REQUEST",
                "KeySchema", List.of(Map.of("AttributeName", "lockId", "KeyType", "HASH")),
                "AttributeDefinitions",
                    List.of(Map.of("AttributeName", "lockId", "AttributeType", "S")),
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "SSESpecification", Map.of("SSEEnabled", true)));
  }

  @Test
  void theTestLockTableIsThrowAwayAndTheProductionOneIsProtectedAndKept() {
    test()
        .hasResource(
            "AWS::DynamoDB::Table",
            Map.of(
                "DeletionPolicy",
                "Delete",
                "Properties",
                Match.objectLike(Map.of("DeletionProtectionEnabled", false))));
    production()
        .hasResource(
            "AWS::DynamoDB::Table",
            Map.of(
                "DeletionPolicy",
                "Retain",
                "UpdateReplacePolicy",
                "Retain",
                "Properties",
                Match.objectLike(
                    Map.of(
                        "TableName",
                        "kiro-worker-production-locks",
                        "DeletionProtectionEnabled",
                        true))));
  }

  @Test
  void theArtifactsBucketIsVersionedEncryptedPrivateAgedOutAndLogged() {
    Template template = test();
    String accessLogs = logicalId(template, "expire-access-logs");

    template.hasResource(
        "AWS::S3::Bucket",
        Map.of(
            "DeletionPolicy",
            "Retain",
            "Properties",
            Match.objectLike(
                Map.of(
                    "VersioningConfiguration", Map.of("Status", "Enabled"),
                    "BucketEncryption", sseS3(),
                    "PublicAccessBlockConfiguration", allPublicAccessBlocked(),
                    "LifecycleConfiguration",
                        Map.of(
                            "Rules",
                            List.of(
                                Match.objectLike(
                                    Map.of(
                                        "Status",
                                        "Enabled",
                                        "Transitions",
                                        List.of(
                                            Map.of(
                                                "StorageClass",
                                                "STANDARD_IA",
                                                "TransitionInDays",
                                                30)),
                                        "ExpirationInDays",
                                        90)))),
                    "LoggingConfiguration",
                        Map.of(
                            "DestinationBucketName",
                            Map.of("Ref", accessLogs),
                            "LogFilePrefix",
                            "artifacts/")))));
  }

  @Test
  void theAccessLogBucketIsEncryptedPrivateAndExpires() {
    test()
        .hasResourceProperties(
            "AWS::S3::Bucket",
            Match.objectLike(
                Map.of(
                    "BucketEncryption", sseS3(),
                    "PublicAccessBlockConfiguration", allPublicAccessBlocked(),
                    "LifecycleConfiguration",
                        Map.of(
                            "Rules",
                            List.of(
                                Match.objectLike(
                                    Map.of("Id", "expire-access-logs", "ExpirationInDays", 90)))),
                    "LoggingConfiguration", Match.absent())));
  }

  @Test
  void bothBucketsRefuseRequestsWithoutTls() {
    Template template = test();
    for (String bucket :
        List.of(
            logicalId(template, "age-out-build-artifacts"),
            logicalId(template, "expire-access-logs"))) {
      template.hasResourceProperties(
          "AWS::S3::BucketPolicy",
          Map.of(
              "Bucket",
              Map.of("Ref", bucket),
              "PolicyDocument",
              documentStating(
                  Map.of(
                      "Effect",
                      "Deny",
                      "Action",
                      "s3:*",
                      "Principal",
                      Map.of("AWS", "*"),
                      "Condition",
                      insecureTransport()))));
    }
  }

  @Test
  void theThreeSecretsAreCreatedUnderTheirDocumentedNames() {
    Template template = test();
    template.resourceCountIs("AWS::SecretsManager::Secret", 3);
    for (String name :
        List.of(
            "kiro-worker/test/github-token",
            "kiro-worker/test/git-credentials",
            "kiro-worker/test/kiro-api-key")) {
      template.hasResourceProperties(
          "AWS::SecretsManager::Secret", Match.objectLike(Map.of("Name", name)));
    }
    production()
        .hasResource(
            "AWS::SecretsManager::Secret",
            Map.of(
                "DeletionPolicy",
                "Retain",
                "Properties",
                Match.objectLike(Map.of("Name", "kiro-worker/production/github-token"))));
  }

  @Test
  void theSecretsAreCreatedEmptyNotWithAGeneratedValue() {
    Map<String, Map<String, Object>> secrets = test().findResources("AWS::SecretsManager::Secret");

    assertThat(secrets).hasSize(3);
    secrets.forEach(
        (id, secret) ->
            assertThat(
                    ((Map<?, ?>) secret.get("Properties"))
                        .keySet().stream().map(String::valueOf).toList())
                .as(id)
                .doesNotContain("GenerateSecretString", "SecretString")
                .contains("Name"));
  }

  @Test
  void theProjectDocumentParameterHoldsAPlaceholderThatNamesTheDocs() {
    test()
        .hasResourceProperties(
            "AWS::SSM::Parameter",
            Match.objectLike(
                Map.of(
                    "Name", "/kiro-worker/test/github-project-config",
                    "Type", "String",
                    "Value", StateStack.PROJECT_CONFIG_PLACEHOLDER)));
    assertThat(StateStack.PROJECT_CONFIG_PLACEHOLDER).contains("docs/configuration.md");
  }

  @Test
  void cdkNagFindsNothingUnsuppressed() {
    assertThat(nagErrors(TEST_STATE)).isEmpty();
    assertThat(nagWarnings(TEST_STATE)).isEmpty();
    assertThat(nagErrors(SynthesizedApp.of(Environments.PRODUCTION).stacks().state())).isEmpty();
  }

  @Test
  void everySecretsRotationFindingIsSuppressedWithAReason() {
    Map<String, Map<String, Object>> secrets = test().findResources("AWS::SecretsManager::Secret");

    assertThat(secrets)
        .hasSize(3)
        .allSatisfy(
            (id, secret) ->
                assertThat(secret.toString())
                    .contains("AwsSolutions-SMG4")
                    .contains("rotated at the issuer"));
  }

  /** The logical id of the one bucket with the lifecycle rule {@code ruleId}. */
  private static String logicalId(Template template, String ruleId) {
    Map<String, Map<String, Object>> buckets =
        template.findResources(
            "AWS::S3::Bucket",
            Map.of(
                "Properties",
                Match.objectLike(
                    Map.of(
                        "LifecycleConfiguration",
                        Map.of("Rules", List.of(Match.objectLike(Map.of("Id", ruleId))))))));
    assertThat(buckets).as("buckets with lifecycle rule %s", ruleId).hasSize(1);
    return buckets.keySet().iterator().next();
  }

  private static Map<String, Object> sseS3() {
    return Map.of(
        "ServerSideEncryptionConfiguration",
        List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))));
  }

  private static Map<String, Object> allPublicAccessBlocked() {
    return Map.of(
        "BlockPublicAcls", true,
        "BlockPublicPolicy", true,
        "IgnorePublicAcls", true,
        "RestrictPublicBuckets", true);
  }
}
