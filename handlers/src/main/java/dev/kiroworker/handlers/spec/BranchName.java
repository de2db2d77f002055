package dev.kiroworker.handlers.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a branch name against git's ref rules and a strict allow-list, so a name that reaches
 * GitHub, CodeBuild or a shell cannot carry anything but a plain branch.
 */
public final class BranchName {

  /** Longer names are refused: nothing legitimate needs more, and they bloat every message. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Pattern UNSAFE_CHARACTER = Pattern.compile("[^A-Za-z0-9._/ -]");
  private static final int SHOWN_LENGTH = 80;

  private BranchName() {}

  /** Why {@code branch} is refused, one clause per rule it breaks; empty when it is fine. */
  public static List<String> problems(String branch) {
    List<String> problems = new ArrayList<>();
    if (branch.length() > MAX_LENGTH) {
      problems.add("it is longer than " + MAX_LENGTH + " characters");
    }
    if (!ALLOWED.matcher(branch).matches()) {
      problems.add("it may only contain letters, digits, '.', '_', '/' and '-'");
    }
    if (branch.contains("..")) {
      problems.add("it contains '..'");
    }
    if (branch.startsWith("-")) {
      problems.add("it starts with '-'");
    }
    if (branch.startsWith("/") || branch.endsWith("/") || branch.contains("//")) {
      problems.add("it has an empty path component");
    }
    if (branch.endsWith(".")) {
      problems.add("it ends with '.'");
    }
    for (String component : branch.split("/", -1)) {
      if (component.startsWith(".")) {
        problems.add("a component starts with '.'");
        break;
      }
    }
    for (String component : branch.split("/", -1)) {
      if (component.endsWith(".lock")) {
        problems.add("a component ends with '.lock'");
        break;
      }
    }
    return problems;
  }

  /**
   * {@code branch} made safe to quote in a message or a PR comment: characters outside the
   * allow-list become {@code ?} and long names are cut, since the name may be hostile.
   */
  public static String quoted(String branch) {
    String safe = UNSAFE_CHARACTER.matcher(branch).replaceAll("?");
    return safe.length() > SHOWN_LENGTH ? safe.substring(0, SHOWN_LENGTH) + "..." : safe;
  }
}
