package dev.kiroworker.worker.build.steering;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The lower-case hex SHA-256 of some bytes, the hash format of the manifest and state file. */
final class Sha256 {

  private Sha256() {}

  static String hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256; reaching this is a broken JDK.
      throw new IllegalStateException("this JDK provides no SHA-256 MessageDigest", e);
    }
  }
}
