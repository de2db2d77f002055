package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** StringMatches patterns: wildcards, escapes and backtracking. */
class WildcardPatternTest {

  @Test
  void star_matchesAnyRunOfCharacters() {
    WildcardPattern pattern = WildcardPattern.parse("foo*.log");
    assertThat(pattern.matches("foo.log")).isTrue();
    assertThat(pattern.matches("foo23.log")).isTrue();
    assertThat(pattern.matches("foo23.log.gz")).isFalse();
    assertThat(pattern.matches("bar23.log")).isFalse();
  }

  @Test
  void consecutiveStars_actLikeOne() {
    assertThat(WildcardPattern.parse("a**b").matches("ab")).isTrue();
    assertThat(WildcardPattern.parse("**").matches("")).isTrue();
  }

  @Test
  void backtracking_findsALaterSplit() {
    assertThat(WildcardPattern.parse("*aab").matches("aaab")).isTrue();
    assertThat(WildcardPattern.parse("a*b*c").matches("abbbcbc")).isTrue();
    assertThat(WildcardPattern.parse("a*b*c").matches("abbbcb")).isFalse();
  }

  @Test
  void emptyPattern_matchesOnlyTheEmptyString() {
    assertThat(WildcardPattern.parse("").matches("")).isTrue();
    assertThat(WildcardPattern.parse("").matches("a")).isFalse();
  }

  @Test
  void backslash_makesTheNextCharacterLiteral() {
    assertThat(WildcardPattern.parse("\\*").matches("*")).isTrue();
    assertThat(WildcardPattern.parse("\\*").matches("x")).isFalse();
    assertThat(WildcardPattern.parse("\\\\").matches("\\")).isTrue();
    assertThat(WildcardPattern.parse("\\a").matches("a")).isTrue();
  }

  @Test
  void trailingBackslash_isAnOpenEscape() {
    assertThatThrownBy(() -> WildcardPattern.parse("abc\\"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "StringMatches pattern \"abc\\\\\" ends with an open escape backslash;"
                + " a literal backslash is written \\\\");
  }

  @Test
  void toString_isThePatternAsWritten() {
    assertThat(WildcardPattern.parse("a\\*b*")).hasToString("a\\*b*");
  }
}
