package dev.kiroworker.handlers.discovery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a branch name before it goes anywhere near git or a shell: git's ref rules ({@code git
 * check-ref-format}) narrowed by a strict allow-list of characters.
 */
final class BranchName {

  static final int MAX_LENGTH = 200;

  // Letters, digits and . _ / - only: no spaces, quotes, $, `, ;, ~, ^, :, ?, *, [, \ or @{.
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  private BranchName() {}

  /** Why {@code name} may not be used as a branch; empty when it may. */
  static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("the branch name is empty");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("the branch name is longer than " + MAX_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(name).matches()) {
      return Optional.of(
          "the branch name may only contain letters, digits and . _ / - (got " + quote(name) + ")");
    }
    return refRuleProblem(name);
  }

  private static Optional<String> refRuleProblem(String name) {
    if (name.startsWith("-")) {
      return Optional.of("the branch name starts with '-', which git would read as an option");
    }
    if (name.contains("..") || name.contains("//")) {
      return Optional.of("the branch name contains '..' or '//' (" + quote(name) + ")");
    }
    if (name.startsWith("/") || name.endsWith("/") || name.endsWith(".")) {
      return Optional.of("the branch name starts or ends with '/' or ends with '.'");
    }
    for (String component : name.split("/")) {
      if (component.startsWith(".") || component.endsWith(".lock")) {
        return Optional.of(
            "a part of the branch name starts with '.' or ends with '.lock' (" + quote(name) + ")");
      }
    }
    return Optional.empty();
  }

  /** The spec folder of {@code branch}: {@code .kiro/specs/<branch with '/' replaced by '-'>}. */
  static String specPath(String branch) {
    return ".kiro/specs/" + branch.replace('/', '-');
  }

  private static String quote(String name) {
    String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
    return "'" + shown + "'";
  }
}
