package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvocationRangeTest {

  private final Problems problems = new Problems();

  @Test
  void parse_aSingleIndex_coversThatInvocationOnly() {
    InvocationRange range = InvocationRange.parse("3", Place.TOP, problems).orElseThrow();

    assertThat(range).isEqualTo(new InvocationRange(3, 3)).hasToString("3");
    assertThat(range.contains(3)).isTrue();
    assertThat(range.contains(2)).isFalse();
    assertThat(range.contains(4)).isFalse();
  }

  @Test
  void parse_aRange_includesBothEnds() {
    InvocationRange range = InvocationRange.parse("1-2", Place.TOP, problems).orElseThrow();

    assertThat(range).hasToString("1-2");
    assertThat(range.contains(1)).isTrue();
    assertThat(range.contains(2)).isTrue();
    assertThat(range.contains(0)).isFalse();
  }

  @Test
  void parse_readsLeadingZerosAsTheNumber() {
    assertThat(InvocationRange.parse("007-0000000000012", Place.TOP, problems))
        .contains(new InvocationRange(7, 12));
    assertThat(InvocationRange.parse("0-0", Place.TOP, problems))
        .contains(new InvocationRange(0, 0));
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void parse_acceptsTheLargestIntAndNoMore() {
    assertThat(InvocationRange.parse("2147483647", Place.TOP, problems)).isPresent();
    assertThat(InvocationRange.parse("0-2147483648", Place.TOP, problems)).isEmpty();
    assertThat(problems.list()).containsExactly("top level: invocation index is too large");
  }

  @Test
  void parse_rejectsWhatIsNotAnIndexOrRange() {
    for (String key : new String[] {"", "a", "1-", "-1", "1 - 2", "1-2-3", "+1", "1.0"}) {
      assertThat(InvocationRange.parse(key, Place.TOP, problems)).as(key).isEmpty();
    }
    assertThat(problems.list()).hasSize(8);
  }

  @Test
  void constructor_refusesRangesThatRunBackwards() {
    assertThatThrownBy(() -> new InvocationRange(2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvocationRange(-1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
