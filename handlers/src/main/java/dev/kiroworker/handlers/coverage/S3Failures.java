package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Sorts S3 failures into the workflow's two kinds: what no retry fixes (a missing bucket or key,
 * refused access, a bad request) and what may pass later (throttling, S3's 5xx, network trouble).
 */
final class S3Failures {

  private S3Failures() {}

  /**
   * The workflow error for a failed S3 call.
   *
   * @param what the request in words with its target, e.g. "listing s3://bucket/build-1/"
   */
  static RuntimeException translate(SdkException e, String what) {
    return switch (e) {
      case NoSuchBucketException missing ->
          new PermanentException(
              "The bucket does not exist while " + what + ". Check the report location.", missing);
      case NoSuchKeyException missing ->
          new PermanentException(
              "The object does not exist while "
                  + what
                  + "; it was listed a moment before, so something deleted it. Run the build"
                  + " again.",
              missing);
      case S3Exception s3 -> translateStatus(s3, what);
      case SdkClientException client ->
          new TransientException(
              "S3 could not be reached while " + what + " (" + client.getMessage() + ").", client);
      default -> new TransientException("S3 failed while " + what + ": " + e.getMessage(), e);
    };
  }

  private static RuntimeException translateStatus(S3Exception e, String what) {
    int status = e.statusCode();
    String code = errorCode(e);
    if (e.isThrottlingException() || status == 429 || status >= 500) {
      return new TransientException(
          "S3 answered " + status + " " + code + " while " + what + "; retry later.", e);
    }
    if (status == 403) {
      return new PermanentException(
          "S3 refused access ("
              + code
              + ") while "
              + what
              + ". Grant the worker's role s3:ListBucket on the bucket and s3:GetObject on the"
              + " report folder.",
          e);
    }
    return new PermanentException(
        "S3 rejected the request (" + status + " " + code + ") while " + what + ".", e);
  }

  private static String errorCode(S3Exception e) {
    var details = e.awsErrorDetails();
    return details != null && details.errorCode() != null ? details.errorCode() : "no error code";
  }
}
