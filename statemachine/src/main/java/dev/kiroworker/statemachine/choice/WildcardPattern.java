package dev.kiroworker.statemachine.choice;

import java.util.Arrays;

/**
 * A {@code StringMatches} pattern: {@code *} matches any run of characters, including none; a
 * backslash makes the next character literal ({@code \*} is an asterisk, {@code \\} a backslash);
 * every other character stands for itself.
 */
public final class WildcardPattern {

  // Code points are never negative, so -1 can mark a wildcard in the same array.
  private static final int STAR = -1;

  private final String text;
  private final int[] symbols;

  private WildcardPattern(String text, int[] symbols) {
    this.text = text;
    this.symbols = symbols;
  }

  /**
   * Parses a pattern.
   *
   * @throws IllegalArgumentException when the pattern ends with a backslash that escapes nothing
   *     (the States Language calls this an open escape and makes it an error)
   */
  public static WildcardPattern parse(String text) {
    int[] codePoints = text.codePoints().toArray();
    int[] symbols = new int[codePoints.length];
    int count = 0;
    for (int i = 0; i < codePoints.length; i++) {
      if (codePoints[i] == '\\') {
        if (++i == codePoints.length) {
          throw new IllegalArgumentException(
              "StringMatches pattern "
                  + Quoting.quote(text)
                  + " ends with an open escape backslash; a literal backslash is written \\\\");
        }
        symbols[count++] = codePoints[i];
      } else {
        symbols[count++] = codePoints[i] == '*' ? STAR : codePoints[i];
      }
    }
    return new WildcardPattern(text, Arrays.copyOf(symbols, count));
  }

  /** Whether the whole of {@code value} matches this pattern. */
  public boolean matches(String value) {
    int[] input = value.codePoints().toArray();
    int symbol = 0;
    int position = 0;
    int lastStar = -1;
    int resumeAt = 0;
    while (position < input.length) {
      if (symbol < symbols.length && symbols[symbol] == STAR) {
        lastStar = symbol++;
        resumeAt = position;
      } else if (symbol < symbols.length && symbols[symbol] == input[position]) {
        symbol++;
        position++;
      } else if (lastStar >= 0) {
        // Let the last wildcard swallow one more character and try again from there.
        symbol = lastStar + 1;
        position = ++resumeAt;
      } else {
        return false;
      }
    }
    while (symbol < symbols.length && symbols[symbol] == STAR) {
      symbol++;
    }
    return symbol == symbols.length;
  }

  @Override
  public String toString() {
    return text;
  }
}
