package dev.kiroworker.worker.build.runner;

import java.util.regex.Pattern;

/**
 * A buildspec file pattern: {@code *} and {@code ?} match within one folder name, {@code **}
 * matches across folders, and {@code **}{@code /} also matches no folder at all, so {@code
 * **}{@code /*} matches every file, top-level ones included, as CodeBuild's does.
 */
final class GlobPattern {

  private final Pattern regex;

  private GlobPattern(Pattern regex) {
    this.regex = regex;
  }

  static GlobPattern of(String glob) {
    String normal = glob.replace('\\', '/');
    while (normal.startsWith("./")) {
      normal = normal.substring(2);
    }
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < normal.length()) {
      char c = normal.charAt(i);
      if (normal.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (normal.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else {
        regex.append(
            switch (c) {
              case '*' -> "[^/]*";
              case '?' -> "[^/]";
              default -> Pattern.quote(String.valueOf(c));
            });
        i++;
      }
    }
    return new GlobPattern(Pattern.compile(regex.toString()));
  }

  /** Whether {@code glob} has a wildcard, so that it may match more than one path. */
  static boolean isGlob(String glob) {
    return glob.contains("*") || glob.contains("?");
  }

  /** Whether {@code relativePath}, with {@code /} between its names, matches. */
  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }
}
