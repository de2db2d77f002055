package dev.kiroworker.handlers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Test counts add up and stay consistent. */
class TestCountsTest {

  @Test
  void of_derivesTheTotal() {
    TestCounts counts = TestCounts.of(5, 1, 1, 1);

    assertThat(counts.total()).isEqualTo(8);
    assertThat(counts.ran()).isEqualTo(7);
  }

  @Test
  void plus_addsEveryCount() {
    assertThat(TestCounts.of(1, 2, 3, 4).plus(TestCounts.of(10, 20, 30, 40)))
        .isEqualTo(TestCounts.of(11, 22, 33, 44));
    assertThat(TestCounts.NONE.plus(TestCounts.NONE)).isEqualTo(TestCounts.NONE);
  }

  @Test
  void constructor_rejectsATotalThatDoesNotAddUp() {
    assertThatThrownBy(() -> new TestCounts(3, 1, 1, 0, 0))
        .hasMessageContaining("must equal passed + failed + errored + skipped (2)");
  }

  @Test
  void constructor_rejectsNegativeCounts() {
    assertThatThrownBy(() -> TestCounts.of(1, -1, 0, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> TestCounts.of(1, 0, -1, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> TestCounts.of(1, 0, 0, -1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> TestCounts.of(-1, 0, 0, 0)).hasMessageContaining("negative");
  }
}
