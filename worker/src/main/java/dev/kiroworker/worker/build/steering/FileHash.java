package dev.kiroworker.worker.build.steering;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** One file's entry in the manifest or the state file: {@code {"sha256": "<64 hex digits>"}}. */
record FileHash(String sha256) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  FileHash {
    if (sha256 == null || !HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "sha256 must be 64 lower-case hex digits, but was " + sha256);
    }
  }

  /** The lower-case hex SHA-256 of {@code content}. */
  static String sha256Of(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256; reaching this means a broken JDK.
      throw new IllegalStateException("this JDK provides no SHA-256 MessageDigest", e);
    }
  }
}
