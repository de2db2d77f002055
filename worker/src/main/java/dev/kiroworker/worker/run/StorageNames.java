package dev.kiroworker.worker.run;

import dev.kiroworker.worker.cli.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Checks the lock table's and the bucket's names against DynamoDB's and S3's rules before any call,
 * so a typo is a plain message rather than an SDK error from the emulator.
 */
final class StorageNames {

  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  private StorageNames() {}

  static String lockTable(String name) {
    if (!TABLE.matcher(name).matches()) {
      throw new InvalidInputException(
          "the lock table name must be 3 to 255 letters, digits, '_', '-' or '.', got '"
              + name
              + "'");
    }
    return name;
  }

  static String bucket(String name) {
    if (!BUCKET.matcher(name).matches() || name.contains("..")) {
      throw new InvalidInputException(
          "the bucket name must be 3 to 63 lower-case letters, digits, '-' or '.', starting and"
              + " ending with a letter or digit, got '"
              + name
              + "'");
    }
    return name;
  }
}
