package dev.kiroworker.handlers.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiCallCounterTest {

  @Test
  void counter_startsAtZeroAndCountsEachRequest() {
    ApiCallCounter counter = new ApiCallCounter();
    assertThat(counter.count()).isZero();

    counter.increment();
    counter.increment();

    assertThat(counter.count()).isEqualTo(2);
    assertThat(counter).hasToString("ApiCallCounter[2]");
  }
}
