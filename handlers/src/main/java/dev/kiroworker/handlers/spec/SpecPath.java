package dev.kiroworker.handlers.spec;

import java.util.Optional;
import java.util.regex.Pattern;

/** A spec folder, {@code .kiro/specs/<name>}, with a name that cannot leave that folder. */
public final class SpecPath {

  /** Where every spec lives. */
  public static final String ROOT = ".kiro/specs/";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private SpecPath() {}

  /** The folder for {@code branch}: its name with each {@code /} replaced by {@code -}. */
  public static String forBranch(String branch) {
    return ROOT + branch.replace('/', '-');
  }

  /**
   * {@code path} without a trailing slash, if it is {@code .kiro/specs/<name>} with a name of
   * letters, digits, {@code .}, {@code _} and {@code -} that does not contain {@code ..}.
   */
  public static Optional<String> check(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (!trimmed.startsWith(ROOT)) {
      return Optional.empty();
    }
    String name = trimmed.substring(ROOT.length());
    return NAME.matcher(name).matches() && !name.contains("..")
        ? Optional.of(trimmed)
        : Optional.empty();
  }
}
