package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.amazon.awscdk.services.secretsmanager.CfnSecret;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.ssm.IStringParameter;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * What outlives every deployment of the workflow: the lock table, the artifacts bucket (and the
 * bucket its access logs go to), the secrets and the project document. It changes rarely and is
 * kept on deletion wherever the environment keeps its data.
 */
public final class StateStack extends Stack {

  /**
   * What the project document parameter holds until someone writes the real one: the handlers
   * refuse the unknown key with a message that names it, so a forgotten post-deploy step fails
   * loudly instead of reading somebody else's board.
   */
  static final String PROJECT_CONFIG_PLACEHOLDER =
      "{\"replaceMe\": \"Write the project document here; see docs/configuration.md\"}";

  private final Table lockTable;
  private final Bucket artifactsBucket;
  private final Secret gitHubToken;
  private final Secret gitCredentials;
  private final Secret kiroApiKey;
  private final StringParameter projectConfig;

  public StateStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names) {
    super(scope, id, props);
    RemovalPolicy removal = environment.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.lockTable =
        Table.Builder.create(this, "LockTable")
            .tableName(names.lockTable())
            .partitionKey(Attribute.builder().name("lockId").type(AttributeType.STRING).build())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .timeToLiveAttribute("expiresAt")
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .encryption(TableEncryption.AWS_MANAGED)
            .deletionProtection(environment.retainData())
            .removalPolicy(removal)
            .build();

    // Buckets are kept on deletion everywhere: a failed stack deletion is cheaper than lost
    // evidence of what a build did.
    Bucket accessLogs =
        Bucket.Builder.create(this, "AccessLogsBucket")
            .bucketName(
                names.artifactsBucketPrefix() + "-logs-" + Aws.ACCOUNT_ID + "-" + Aws.REGION)
            .encryption(BucketEncryption.S3_MANAGED)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .enforceSsl(true)
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("expire-access-logs")
                        .expiration(Duration.days(environment.artifactsExpireDays()))
                        .build()))
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();

    this.artifactsBucket =
        Bucket.Builder.create(this, "ArtifactsBucket")
            .bucketName(names.artifactsBucketPrefix() + "-" + Aws.ACCOUNT_ID + "-" + Aws.REGION)
            .versioned(true)
            .encryption(BucketEncryption.S3_MANAGED)
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .enforceSsl(true)
            .serverAccessLogsBucket(accessLogs)
            .serverAccessLogsPrefix("artifacts/")
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("age-out-build-artifacts")
                        .transitions(
                            List.of(
                                Transition.builder()
                                    .storageClass(StorageClass.INFREQUENT_ACCESS)
                                    .transitionAfter(
                                        Duration.days(environment.artifactsInfrequentAccessDays()))
                                    .build()))
                        .expiration(Duration.days(environment.artifactsExpireDays()))
                        .noncurrentVersionExpiration(Duration.days(30))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
            .removalPolicy(RemovalPolicy.RETAIN)
            .build();

    this.gitHubToken =
        secret(
            "GitHubTokenSecret",
            names.gitHubTokenSecret(),
            "GitHub token kiro-worker uses for the board, pull requests and pushes. Created"
                + " empty: put the token in after deploying (docs/deployment.md).",
            removal);
    this.gitCredentials =
        secret(
            "GitCredentialsSecret",
            names.gitCredentialsSecret(),
            "Reserved for git credentials other than the GitHub token; nothing reads it yet (the"
                + " build pushes with the GitHub token). Created empty.",
            removal);
    this.kiroApiKey =
        secret(
            "KiroApiKeySecret",
            names.kiroApiKeySecret(),
            "Kiro CLI API key the build's agent signs in with. Created empty: put the key in"
                + " after deploying (docs/deployment.md).",
            removal);

    this.projectConfig =
        StringParameter.Builder.create(this, "ProjectConfigParameter")
            .parameterName(names.projectConfigParameter())
            .description(
                "kiro-worker "
                    + environment.name()
                    + " project document: which board and repositories (docs/configuration.md)")
            .stringValue(PROJECT_CONFIG_PLACEHOLDER)
            .build();
  }

  private Secret secret(String id, String name, String description, RemovalPolicy removal) {
    Secret secret =
        Secret.Builder.create(this, id)
            .secretName(name)
            .description(description)
            .removalPolicy(removal)
            .build();
    // The CDK generates a random value unless told otherwise; CloudFormation creates a secret
    // with no value when neither GenerateSecretString nor SecretString is given. An empty secret
    // says "not set yet" to whoever reads it, where a random one would look like a bad token.
    ((CfnSecret) secret.getNode().getDefaultChild())
        .addPropertyDeletionOverride("GenerateSecretString");
    NagSuppressions.addResourceSuppressions(
        secret,
        List.of(
            NagPackSuppression.builder()
                .id("AwsSolutions-SMG4")
                .reason(
                    "A third-party credential issued by GitHub or Kiro: a rotation Lambda here"
                        + " cannot mint a new one. It is rotated at the issuer and the new value"
                        + " put into this secret; docs/deployment.md lists how for each one.")
                .build()));
    return secret;
  }

  public ITable lockTable() {
    return lockTable;
  }

  public IBucket artifactsBucket() {
    return artifactsBucket;
  }

  public ISecret gitHubTokenSecret() {
    return gitHubToken;
  }

  public ISecret gitCredentialsSecret() {
    return gitCredentials;
  }

  public ISecret kiroApiKeySecret() {
    return kiroApiKey;
  }

  public IStringParameter projectConfigParameter() {
    return projectConfig;
  }
}
