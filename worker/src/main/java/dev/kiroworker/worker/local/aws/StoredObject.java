package dev.kiroworker.worker.local.aws;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An object's bytes and metadata. The ETag is the content's MD5, as S3 gives single-part uploads,
 * because the SDK may compare it with the MD5 of what it sent.
 */
record StoredObject(byte[] content, String contentType, String etag, Instant lastModified) {

  static StoredObject of(byte[] content, String contentType, Instant now) {
    return new StoredObject(
        content,
        contentType == null ? "binary/octet-stream" : contentType,
        "\"" + HexFormat.of().formatHex(md5(content)) + "\"",
        now);
  }

  long size() {
    return content.length;
  }

  private static byte[] md5(byte[] content) {
    try {
      return MessageDigest.getInstance("MD5").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }
}
