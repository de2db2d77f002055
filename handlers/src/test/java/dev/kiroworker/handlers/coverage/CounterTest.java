package dev.kiroworker.handlers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Counters compare exactly and never round a share up. */
class CounterTest {

  @Test
  void percent_isCoveredShareOfTotal() {
    assertThat(Counter.of(47, 54).percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("87.0370370370"));
    assertThat(Counter.of(47, 54).missed()).isEqualTo(7);
  }

  @Test
  void percent_whenNothingWasMeasured_isEmpty() {
    assertThat(Counter.EMPTY.percent()).isEmpty();
    assertThat(Counter.EMPTY.isEmpty()).isTrue();
  }

  @Test
  void percent_isCutNotRoundedUp() {
    // 2/3 = 66.666...; rounding half-up at ten decimals would end in 7.
    assertThat(Counter.of(2, 3).percent()).hasValue(new BigDecimal("66.6666666666"));
  }

  @Test
  void isAtLeast_comparesExactly() {
    assertThat(Counter.of(7996, 10000).isAtLeast(new BigDecimal("80"))).isFalse();
    assertThat(Counter.of(8000, 10000).isAtLeast(new BigDecimal("80"))).isTrue();
    assertThat(Counter.of(4, 5).isAtLeast(new BigDecimal("80"))).isTrue();
    // 0.29 is not exact in binary floating point; the comparison must still be right.
    assertThat(Counter.of(29, 100).isAtLeast(new BigDecimal("29"))).isTrue();
  }

  @Test
  void plus_addsBothCounts() {
    assertThat(Counter.of(1, 2).plus(Counter.of(3, 4))).isEqualTo(Counter.of(4, 6));
  }

  @Test
  void plus_whenTheSumOverflows_fails() {
    Counter huge = Counter.of(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> huge.plus(huge)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void constructor_rejectsImpossibleCounts() {
    assertThatThrownBy(() -> Counter.of(-1, 3)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Counter.of(1, -3)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Counter.of(4, 3)).hasMessageContaining("must not exceed total");
  }
}
