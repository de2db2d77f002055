package dev.kiroworker.handlers.pullrequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Markdown code fences that the fenced text cannot close early. */
final class Fences {

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private Fences() {}

  /** A fence one backtick longer than the longest run of backticks in {@code text}, at least 3. */
  static String around(String text) {
    int longest = 2;
    Matcher runs = BACKTICKS.matcher(text);
    while (runs.find()) {
      longest = Math.max(longest, runs.group().length());
    }
    return "`".repeat(longest + 1);
  }
}
