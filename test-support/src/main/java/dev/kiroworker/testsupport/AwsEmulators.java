package dev.kiroworker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * DynamoDB (dynalite) and S3 (s3rver) emulators on loopback, with AWS SDK v2 clients already
 * pointed at them. One instance serves a whole test run; tests keep apart by naming their tables
 * and buckets with {@link #uniqueName(String)}.
 */
public final class AwsEmulators implements AutoCloseable {

  /** The region every client and child process is given. */
  public static final Region REGION = Region.US_EAST_1;

  // s3rver accepts only these credentials; dynalite accepts any, so both emulators share them.
  private static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER"));

  private static final AtomicInteger NAMES = new AtomicInteger();

  private final NodeEmulator dynamoDbEmulator;
  private final NodeEmulator s3Emulator;
  private final Path s3Data;
  private final DynamoDbClient dynamoDb;
  private final S3Client s3;

  private AwsEmulators(NodeEmulator dynamoDbEmulator, NodeEmulator s3Emulator, Path s3Data) {
    this.dynamoDbEmulator = dynamoDbEmulator;
    this.s3Emulator = s3Emulator;
    this.s3Data = s3Data;
    this.dynamoDb = newDynamoDbClient(dynamoDbEmulator.endpoint());
    this.s3 = newS3Client(s3Emulator.endpoint());
  }

  /** Starts both emulators; fails with a message naming what is missing if one cannot start. */
  public static AwsEmulators start(HarnessSettings settings) {
    Path s3Data = createTemporaryFolder();
    NodeEmulator dynamoDb = null;
    try {
      dynamoDb = NodeEmulator.start(settings, NodeEmulator.STARTUP_TIMEOUT, "dynamodb");
      NodeEmulator s3 =
          NodeEmulator.start(settings, NodeEmulator.STARTUP_TIMEOUT, "s3", s3Data.toString());
      return new AwsEmulators(dynamoDb, s3, s3Data);
    } catch (RuntimeException e) {
      if (dynamoDb != null) {
        dynamoDb.close();
      }
      deleteRecursively(s3Data);
      throw e;
    }
  }

  /** A DynamoDB client on the emulator, shared by the run; do not close it. */
  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  /** An S3 client on the emulator (path-style, no aws-chunked bodies), shared; do not close it. */
  public S3Client s3() {
    return s3;
  }

  public URI dynamoDbEndpoint() {
    return dynamoDbEmulator.endpoint();
  }

  public URI s3Endpoint() {
    return s3Emulator.endpoint();
  }

  public AwsCredentialsProvider credentials() {
    return CREDENTIALS;
  }

  /**
   * The environment that points a child process's AWS SDK at these emulators, using the SDK's
   * service-specific endpoint variables.
   */
  public Map<String, String> environment() {
    var credentials = CREDENTIALS.resolveCredentials();
    return Map.of(
        "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint().toString(),
        "AWS_ENDPOINT_URL_S3", s3Endpoint().toString(),
        "AWS_REGION", REGION.id(),
        "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
        "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
  }

  /**
   * A name no other test in this run gets, valid as both a DynamoDB table and an S3 bucket name
   * (lower case, digits and hyphens).
   */
  public String uniqueName(String prefix) {
    String cleaned = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (cleaned.length() < 3 || cleaned.length() > 40) {
      throw new IllegalArgumentException(
          "name prefix must be 3 to 40 characters, got '" + prefix + "'");
    }
    return cleaned + "-" + NAMES.incrementAndGet();
  }

  /**
   * Creates an on-demand table with a single string partition key, named {@code
   * uniqueName(prefix)}, and returns its name once it is active.
   */
  public String createTable(String prefix, String partitionKey) {
    String table = uniqueName(prefix);
    dynamoDb.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName(partitionKey)
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName(partitionKey)
                        .keyType(KeyType.HASH)
                        .build()));
    dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table));
    return table;
  }

  boolean isRunning() {
    return dynamoDbEmulator.isRunning() && s3Emulator.isRunning();
  }

  @Override
  public void close() {
    dynamoDb.close();
    s3.close();
    dynamoDbEmulator.close();
    s3Emulator.close();
    deleteRecursively(s3Data);
  }

  private static DynamoDbClient newDynamoDbClient(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static S3Client newS3Client(URI endpoint) {
    // s3rver serves buckets by path only, and stores an aws-chunked or checksum-trailer body
    // verbatim, so the SDK must send plain bodies.
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create())
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  private static Path createTemporaryFolder() {
    try {
      return Files.createTempDirectory("kiro-s3rver-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a data folder for the S3 emulator", e);
    }
  }

  static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
