package dev.kiroworker.worker.local.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Local mode's AWS: an {@link EmbeddedDynamoDb} and an {@link EmbeddedS3} on loopback, with SDK
 * clients configured for them (us-east-1, dummy static credentials, path-style S3 with plain
 * bodies). Closing it closes the clients and stops both services.
 */
public final class EmbeddedAws implements AutoCloseable {

  /** The region the clients are given; the stand-ins accept any. */
  public static final Region REGION = Region.US_EAST_1;

  // Nothing checks these; they only keep the SDK from searching the machine for credentials.
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("embedded", "embedded"));

  private final EmbeddedDynamoDb dynamoDbService;
  private final EmbeddedS3 s3Service;
  private final DynamoDbClient dynamoDb;
  private final S3Client s3;

  private EmbeddedAws(EmbeddedDynamoDb dynamoDbService, EmbeddedS3 s3Service) {
    this.dynamoDbService = dynamoDbService;
    this.s3Service = s3Service;
    this.dynamoDb = dynamoDbClient(dynamoDbService.endpoint());
    this.s3 = s3Client(s3Service.endpoint());
  }

  /** Starts both stand-ins, each on its own free loopback port. */
  public static EmbeddedAws start() {
    EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.start();
    try {
      return new EmbeddedAws(dynamoDb, EmbeddedS3.start());
    } catch (RuntimeException e) {
      dynamoDb.close();
      throw e;
    }
  }

  /** A client on the embedded DynamoDB; owned by this object, do not close it. */
  public DynamoDbClient dynamoDb() {
    return dynamoDb;
  }

  /** A client on the embedded S3; owned by this object, do not close it. */
  public S3Client s3() {
    return s3;
  }

  public URI dynamoDbEndpoint() {
    return dynamoDbService.endpoint();
  }

  public URI s3Endpoint() {
    return s3Service.endpoint();
  }

  /** A DynamoDB client for {@code endpoint}, configured the way the stand-in expects. */
  public static DynamoDbClient dynamoDbClient(URI endpoint) {
    return dynamoDbClient(endpoint, CREDENTIALS);
  }

  /** A DynamoDB client for {@code endpoint}, an emulator that checks {@code credentials}. */
  public static DynamoDbClient dynamoDbClient(URI endpoint, AwsCredentialsProvider credentials) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  /**
   * An S3 client for {@code endpoint}: path-style addresses (a loopback host has no bucket
   * subdomains) and plain bodies, because the stand-in does not decode aws-chunked uploads.
   */
  public static S3Client s3Client(URI endpoint) {
    return s3Client(endpoint, CREDENTIALS);
  }

  /**
   * An S3 client for {@code endpoint}, an emulator that checks {@code credentials}; configured as
   * for the stand-in, which is also what S3 emulators (s3rver, MinIO, LocalStack) need.
   */
  public static S3Client s3Client(URI endpoint, AwsCredentialsProvider credentials) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
  }

  @Override
  public void close() {
    dynamoDb.close();
    s3.close();
    dynamoDbService.close();
    s3Service.close();
  }
}
