package dev.kiroworker.handlers.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many of a report's items (lines or branches) the tests covered.
 *
 * @param covered the items the tests executed
 * @param total all items the tool measured
 */
public record Counter(long covered, long total) {

  /** A counter that measured nothing, as for code without a single branch. */
  public static final Counter EMPTY = new Counter(0, 0);

  public Counter {
    if (covered < 0 || total < 0) {
      throw new IllegalArgumentException(
          "coverage counts must not be negative, got " + covered + " of " + total);
    }
    if (covered > total) {
      throw new IllegalArgumentException(
          "covered (" + covered + ") must not exceed total (" + total + ")");
    }
  }

  public static Counter of(long covered, long total) {
    return new Counter(covered, total);
  }

  public long missed() {
    return total - covered;
  }

  /** True when the tool measured no items at all, so there is no percentage to speak of. */
  public boolean isEmpty() {
    return total == 0;
  }

  /** The counts of both counters together, for reports split over several records or files. */
  public Counter plus(Counter other) {
    return new Counter(Math.addExact(covered, other.covered), Math.addExact(total, other.total));
  }

  /**
   * The covered share in percent, cut (never rounded up) after ten decimals; empty when nothing was
   * measured. Comparisons use {@link #isAtLeast}, which is exact.
   */
  public Optional<BigDecimal> percent() {
    if (isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(covered)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(total), 10, RoundingMode.DOWN));
  }

  /**
   * Whether the covered share reaches {@code percent}, compared exactly (no rounding, no floating
   * point), so 79.96 % never passes an 80 % gate.
   */
  public boolean isAtLeast(BigDecimal percent) {
    BigDecimal coveredTimesHundred = BigDecimal.valueOf(covered).multiply(BigDecimal.valueOf(100));
    return coveredTimesHundred.compareTo(percent.multiply(BigDecimal.valueOf(total))) >= 0;
  }
}
