package dev.kiroworker.statemachine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void printsLocationThenMessage() {
    assertThat(new Problem("/States/A/Next", "names no state"))
        .hasToString("/States/A/Next: names no state");
  }

  @Test
  void needsALocationAndAMessage() {
    assertThatThrownBy(() -> new Problem(null, "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("/", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("/", null)).isInstanceOf(IllegalArgumentException.class);
  }
}
