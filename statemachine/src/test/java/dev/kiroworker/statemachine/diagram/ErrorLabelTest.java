package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorLabelTest {

  @ParameterizedTest
  @CsvSource({
    "States.ALL, any error",
    "States.Timeout, States.Timeout",
    "Lambda.TooManyRequestsException, Lambda.TooManyRequestsException",
    "dev.kiroworker.handlers.errors.PermanentException, PermanentException",
    "java.lang.IllegalStateException, IllegalStateException",
    "MyError, MyError",
    ".odd.name, .odd.name"
  })
  void shorten_keepsWhatAReaderRecognises(String error, String expected) {
    assertThat(ErrorLabel.shorten(error)).isEqualTo(expected);
  }

  @Test
  void of_joinsNamesWithCommas() {
    assertThat(ErrorLabel.of(List.of("States.Timeout", "dev.kiroworker.x.TransientException")))
        .isEqualTo("States.Timeout, TransientException");
  }

  @Test
  void of_tooManyNames_countsTheRest() {
    String label =
        ErrorLabel.of(
            List.of(
                "States.Timeout",
                "States.TaskFailed",
                "States.Permissions",
                "Lambda.ServiceException"));

    assertThat(label).isEqualTo("States.Timeout, States.TaskFailed, +2 more");
  }

  @Test
  void of_oneNameLongerThanTheLimit_isShownWhole() {
    String name = "Custom.AnErrorNameLongerThanAnyLabelShouldReallyBeButStillOneName";

    assertThat(ErrorLabel.of(List.of(name))).isEqualTo(name);
  }
}
