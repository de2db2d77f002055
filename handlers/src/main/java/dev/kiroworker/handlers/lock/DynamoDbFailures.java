package dev.kiroworker.handlers.lock;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Turns an AWS SDK failure on the lock table into the workflow's {@link TransientException} (worth
 * a retry) or {@link PermanentException} (needs a fix), with a message saying which.
 */
final class DynamoDbFailures {

  private static final Set<String> THROTTLING =
      Set.of(
          "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded");
  private static final Set<String> ACCESS_DENIED =
      Set.of("AccessDeniedException", "UnrecognizedClientException", "MissingAuthenticationToken");

  private DynamoDbFailures() {}

  static RuntimeException translate(SdkException failure, String action, String table) {
    String attempt = "cannot " + action + " in lock table '" + table + "': ";
    if (failure instanceof ResourceNotFoundException) {
      return new PermanentException(
          attempt
              + "the table does not exist in this account and region; deploy the state stack or"
              + " correct the lock table name",
          failure);
    }
    if (failure instanceof AwsServiceException service) {
      return translateService(service, attempt);
    }
    return new TransientException(
        attempt + "DynamoDB could not be reached (" + failure.getMessage() + "); retry later",
        failure);
  }

  private static RuntimeException translateService(AwsServiceException failure, String attempt) {
    AwsErrorDetails details = failure.awsErrorDetails();
    String code = details == null || details.errorCode() == null ? "" : details.errorCode();
    String answer =
        "DynamoDB answered " + failure.statusCode() + (code.isEmpty() ? "" : " " + code);
    if (THROTTLING.contains(code) || failure.statusCode() == 429) {
      return new TransientException(attempt + answer + " (throttled); retry with backoff", failure);
    }
    if (failure.statusCode() >= 500) {
      return new TransientException(attempt + answer + "; retry later", failure);
    }
    if (ACCESS_DENIED.contains(code) || failure.statusCode() == 403) {
      return new PermanentException(
          attempt
              + answer
              + ": grant the function's role dynamodb:GetItem, BatchGetItem, PutItem and"
              + " DeleteItem on the table, and check its credentials",
          failure);
    }
    return new PermanentException(
        attempt + answer + " (" + failure.getMessage() + "); this request will not succeed as is",
        failure);
  }
}
