package dev.kiroworker.worker.build.steering;

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
}
