package dev.kiroworker.worker.demo.github;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stand-in's ids, derived from names and positions so that every demo run shows the same ones.
 * Node ids keep GitHub's type prefixes ({@code PVT_}, {@code PVTI_}, {@code PVTSSF_}) so they read
 * like the real thing in logs.
 */
final class Ids {

  static final long TITLE_FIELD = 2000;
  static final long STATUS_FIELD = 2001;
  static final long BRANCH_FIELD = 2002;

  private Ids() {}

  static String project(int number) {
    return "PVT_kwDemo" + number;
  }

  /** A field's node id: single-select fields have their own prefix on GitHub. */
  static String field(long restId) {
    return (restId == STATUS_FIELD ? "PVTSSF_kwDemo" : "PVTF_kwDemo") + restId;
  }

  /** A Status option's id: eight hex digits, as GitHub's are. */
  static String option(String column) {
    return digest("SHA-256", column).substring(0, 8);
  }

  static long item(int index) {
    return 1001L + index;
  }

  static String itemNode(long restId) {
    return "PVTI_kwDemo" + restId;
  }

  /** A commit id for a branch's content: it changes when a file changes, as a push would. */
  static String commit(String branch, Map<String, String> files) {
    StringBuilder text = new StringBuilder(branch);
    new TreeMap<>(files)
        .forEach((path, content) -> text.append('\0').append(path).append('\0').append(content));
    return digest("SHA-1", text.toString());
  }

  private static String digest(String algorithm, String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      // Every JDK ships SHA-1 and SHA-256.
      throw new IllegalStateException("The JDK has no " + algorithm + " digest", e);
    }
  }
}
