package dev.kiroworker.handlers.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import org.junit.jupiter.api.Test;

class SucceededColumnTest {

  @Test
  void parse_unset_isReview() {
    assertThat(SucceededColumn.parse(null)).isEqualTo(SucceededColumn.REVIEW);
  }

  @Test
  void parse_ignoresCaseAndSpaces() {
    assertThat(SucceededColumn.parse(" Done ")).isEqualTo(SucceededColumn.DONE);
    assertThat(SucceededColumn.parse("REVIEW")).isEqualTo(SucceededColumn.REVIEW);
  }

  @Test
  void parse_anythingElse_namesTheSettingAndTheChoices() {
    assertThatThrownBy(() -> SucceededColumn.parse("shipped"))
        .isInstanceOf(PermanentException.class)
        .hasMessage("KIRO_SUCCEEDED_COLUMN is 'shipped'; expected review or done.");
  }
}
