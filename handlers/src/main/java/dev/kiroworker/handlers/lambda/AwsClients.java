package dev.kiroworker.handlers.lambda;

import dev.kiroworker.handlers.config.Settings;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The AWS SDK clients of a Lambda container, each built on first use and then reused by every
 * invocation (client start-up is the costly part of a cold start). Region, credentials and
 * endpoints come from the SDK's standard sources, so {@code AWS_ENDPOINT_URL_DYNAMODB} and friends
 * point them at emulators for local runs.
 */
public final class AwsClients {

  private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();

  private AwsClients() {}

  public static DynamoDbClient dynamoDb() {
    return DynamoDbHolder.CLIENT;
  }

  public static S3Client s3() {
    return S3Holder.CLIENT;
  }

  public static SsmClient ssm() {
    return SsmHolder.CLIENT;
  }

  // Holder classes: each client is created only when a handler first asks for it.
  private static final class DynamoDbHolder {
    static final DynamoDbClient CLIENT = DynamoDbClient.builder().httpClient(HTTP).build();
  }

  private static final class S3Holder {
    static final S3Client CLIENT = s3(Settings.fromEnvironment()).build();
  }

  /**
   * With {@code KIRO_S3_EMULATOR=true} the client talks the way local S3 emulators understand:
   * path-style addresses and plain (not aws-chunked) bodies with checksums only where required.
   */
  static S3ClientBuilder s3(Settings settings) {
    var builder = S3Client.builder().httpClient(HTTP);
    if (settings.optional("KIRO_S3_EMULATOR").map(Boolean::parseBoolean).orElse(false)) {
      builder
          .forcePathStyle(true)
          .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder;
  }

  private static final class SsmHolder {
    static final SsmClient CLIENT = SsmClient.builder().httpClient(HTTP).build();
  }
}
