package dev.kiroworker.worker.build.checkout;

import java.util.regex.Pattern;

/**
 * Checks a branch name against git's ref rules and a stricter allow-list before it is given to git.
 * The allow-list alone already excludes spaces, shell characters, {@code ~^:?*[\} and control
 * characters; the other rules are git's own.
 */
public final class BranchName {

  static final int MAX_LENGTH = 200;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  private BranchName() {}

  /**
   * Returns {@code branch} when it is safe.
   *
   * @throws InvalidCheckoutInputException naming the rule it breaks
   */
  public static String check(String branch) {
    if (branch == null || branch.isEmpty()) {
      throw refused("", "it is empty");
    }
    if (branch.length() > MAX_LENGTH) {
      throw refused(branch, "it is longer than " + MAX_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(branch).matches()) {
      throw refused(branch, "only letters, digits, '.', '_', '/' and '-' are allowed");
    }
    if (branch.startsWith("-") || branch.startsWith("/")) {
      throw refused(branch, "it must not start with '-' or '/'");
    }
    if (branch.endsWith("/") || branch.endsWith(".")) {
      throw refused(branch, "it must not end with '/' or '.'");
    }
    if (branch.contains("..") || branch.contains("//")) {
      throw refused(branch, "it must not contain '..' or '//'");
    }
    for (String part : branch.split("/")) {
      if (part.startsWith(".") || part.endsWith(".lock")) {
        throw refused(branch, "no part may start with '.' or end with '.lock'");
      }
    }
    return branch;
  }

  private static InvalidCheckoutInputException refused(String branch, String reason) {
    return new InvalidCheckoutInputException(
        "The branch name '" + printable(branch) + "' is not accepted: " + reason + ".");
  }

  /** Shows control characters as escapes so a hostile name cannot forge log lines. */
  static String printable(String text) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(text.length(), MAX_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        shown.append(String.format("\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return text.length() > end ? shown + "..." : shown.toString();
  }
}
