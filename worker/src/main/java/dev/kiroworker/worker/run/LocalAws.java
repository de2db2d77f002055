package dev.kiroworker.worker.run;

import dev.kiroworker.worker.cli.InvalidInputException;
import dev.kiroworker.worker.local.aws.EmbeddedAws;
import dev.kiroworker.worker.local.aws.EmbeddedDynamoDb;
import dev.kiroworker.worker.local.aws.EmbeddedS3;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A local run's DynamoDB and S3, each chosen on its own: the emulator its {@code
 * AWS_ENDPOINT_URL_*} variable (or {@code AWS_ENDPOINT_URL}) names, else an embedded stand-in
 * started for the run. Closing it closes the clients and stops what it started.
 */
final class LocalAws implements AutoCloseable {

  // Emulators that check credentials (s3rver) get the ones in the environment; the others
  // only need the SDK not to go looking for a profile.
  private static final String DUMMY = "local";

  private final Deque<AutoCloseable> owned = new ArrayDeque<>();
  private DynamoDbClient dynamoDb;
  private S3Client s3;
  private String dynamoDbWhere;
  private String s3Where;

  private LocalAws() {}

  /**
   * Connects to, or starts, both services.
   *
   * @throws InvalidInputException when an endpoint variable is not an http(s) URL
   */
  static LocalAws from(RunEnvironment environment) {
    AwsCredentialsProvider credentials = credentials(environment);
    Optional<URI> dynamoDbEndpoint = endpoint(environment, "DYNAMODB");
    Optional<URI> s3Endpoint = endpoint(environment, "S3");
    LocalAws aws = new LocalAws();
    try {
      URI dynamoDbUri =
          dynamoDbEndpoint.orElseGet(() -> aws.own(EmbeddedDynamoDb.start()).endpoint());
      aws.dynamoDb = aws.own(EmbeddedAws.dynamoDbClient(dynamoDbUri, credentials));
      aws.dynamoDbWhere = dynamoDbEndpoint.map(URI::toString).orElse("embedded");
      URI s3Uri = s3Endpoint.orElseGet(() -> aws.own(EmbeddedS3.start()).endpoint());
      aws.s3 = aws.own(EmbeddedAws.s3Client(s3Uri, credentials));
      aws.s3Where = s3Endpoint.map(URI::toString).orElse("embedded");
      return aws;
    } catch (RuntimeException e) {
      aws.close();
      throw e;
    }
  }

  DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  S3Client s3() {
    return s3;
  }

  /** Where each service is, for the run's header: "embedded" or the emulator's URL. */
  String describe() {
    return "DynamoDB " + dynamoDbWhere + ", S3 " + s3Where;
  }

  private <T extends AutoCloseable> T own(T resource) {
    owned.push(resource);
    return resource;
  }

  @Override
  public void close() {
    // Clients before the services they talk to: the reverse of the order they were made in.
    while (!owned.isEmpty()) {
      try {
        owned.pop().close();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot stop the local AWS services: " + e.getMessage(), e);
      }
    }
  }

  private static AwsCredentialsProvider credentials(RunEnvironment environment) {
    String accessKey = environment.optional("AWS_ACCESS_KEY_ID").orElse(DUMMY);
    String secretKey = environment.optional("AWS_SECRET_ACCESS_KEY").orElse(DUMMY);
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
  }

  private static Optional<URI> endpoint(RunEnvironment environment, String service) {
    return environment
        .endpointVariable(service)
        .map(variable -> httpUri(variable, environment.optional(variable).orElseThrow()));
  }

  private static URI httpUri(String variable, String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // Reported below, with the same message as any other unusable value.
    }
    throw new InvalidInputException(
        variable
            + " must be an http or https URL such as http://127.0.0.1:4567, got '"
            + value
            + "'");
  }
}
