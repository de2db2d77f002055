package dev.kiroworker.worker.local.aws;

/**
 * An S3 error answer: HTTP status, S3's error code (which the SDK maps to {@code
 * NoSuchKeyException} and friends) and a message, sent as S3's {@code <Error>} XML.
 */
final class S3Error extends RuntimeException {

  private final int status;
  private final String code;
  private final String resource;

  private S3Error(int status, String code, String message, String resource) {
    super(message);
    this.status = status;
    this.code = code;
    this.resource = resource;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The bucket or key the error is about, as S3 names it in {@code <Resource>}. */
  String resource() {
    return resource;
  }

  static S3Error noSuchBucket(String bucket) {
    return new S3Error(404, "NoSuchBucket", "The specified bucket does not exist", bucket);
  }

  static S3Error noSuchKey(String bucket, String key) {
    return new S3Error(404, "NoSuchKey", "The specified key does not exist.", bucket + "/" + key);
  }

  static S3Error bucketAlreadyOwnedByYou(String bucket) {
    return new S3Error(
        409,
        "BucketAlreadyOwnedByYou",
        "Your previous request to create the named bucket succeeded and you already own it.",
        bucket);
  }

  static S3Error invalidRange(String range, long size) {
    return new S3Error(
        416,
        "InvalidRange",
        "The requested range " + range + " is not satisfiable for an object of " + size + " bytes",
        "");
  }

  static S3Error invalidArgument(String message) {
    return new S3Error(400, "InvalidArgument", message, "");
  }

  /** A request the stand-in does not implement, named so the user knows what to switch. */
  static S3Error notImplemented(String what) {
    return new S3Error(
        501,
        "NotImplemented",
        "The embedded S3 does not support "
            + what
            + "; it serves CreateBucket, PutObject, GetObject (with Range), HeadObject and"
            + " ListObjectsV2. Set AWS_ENDPOINT_URL_S3 to an emulator for more.",
        "");
  }
}
