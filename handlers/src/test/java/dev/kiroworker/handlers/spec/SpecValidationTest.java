package dev.kiroworker.handlers.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidationTest {

  @Test
  void aVerdict_isValidExactlyWhenItHasNoProblems() {
    assertThatThrownBy(() -> new SpecValidation(true, List.of("x"), null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpecValidation(false, List.of(), null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
