package dev.kiroworker.worker.build.checkout;

import java.util.List;
import java.util.regex.Pattern;

/** Checks a spec folder path ({@code .kiro/specs/<name>}) and names the files a spec must have. */
public final class SpecPath {

  public static final String PREFIX = ".kiro/specs/";

  /** The files every spec holds, in the order a reader needs them. */
  public static final List<String> FILES = List.of("requirements.md", "design.md", "tasks.md");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private SpecPath() {}

  /** Returns {@code specPath} when it is {@code .kiro/specs/<name>} with a safe name. */
  public static String check(String specPath) {
    if (specPath == null || !specPath.startsWith(PREFIX)) {
      throw refused(specPath == null ? "" : specPath);
    }
    String name = specPath.substring(PREFIX.length());
    if (!NAME.matcher(name).matches() || name.contains("..") || name.startsWith(".")) {
      throw refused(specPath);
    }
    return specPath;
  }

  /** The spec folder for a branch: its name with each '/' replaced by '-'. */
  public static String forBranch(String branch) {
    return PREFIX + BranchName.check(branch).replace('/', '-');
  }

  private static InvalidCheckoutInputException refused(String specPath) {
    return new InvalidCheckoutInputException(
        "The spec path '"
            + BranchName.printable(specPath)
            + "' is not accepted: it must be .kiro/specs/<name>, the name made of letters, digits,"
            + " '.', '_' and '-', not starting with '.' and without '..'.");
  }
}
