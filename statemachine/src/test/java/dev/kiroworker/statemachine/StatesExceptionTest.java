package dev.kiroworker.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatesExceptionTest {

  @Test
  void carriesErrorAndCause() {
    var failure = new StatesException("States.TaskFailed", "build failed");

    assertThat(failure.error()).isEqualTo("States.TaskFailed");
    assertThat(failure.cause()).isEqualTo("build failed");
    assertThat(failure).hasMessage("States.TaskFailed: build failed");
  }

  @Test
  void runtime_isNamedStatesRuntime_andACauseMayBeAbsent() {
    assertThat(StatesException.runtime("bad path").error()).isEqualTo(StatesErrors.RUNTIME);
    assertThat(new StatesException("Custom", null)).hasMessage("Custom");
    assertThatThrownBy(() -> new StatesException("", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatesException(null, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
