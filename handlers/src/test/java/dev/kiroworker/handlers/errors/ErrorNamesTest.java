package dev.kiroworker.handlers.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The workflow's Retry and Catch name these classes; moving one breaks the ASL silently. */
class ErrorNamesTest {

  @Test
  void errorNames_areTheOnesTheWorkflowUses() {
    assertThat(new TransientException("GitHub answered 502").getClass().getName())
        .isEqualTo("dev.kiroworker.handlers.errors.TransientException");
    assertThat(
            new PermanentException("bad token", new IllegalStateException()).getClass().getName())
        .isEqualTo("dev.kiroworker.handlers.errors.PermanentException");
  }

  @Test
  void messagesAndCauses_areKept() {
    var cause = new java.io.IOException("reset");
    assertThat(new TransientException("retry", cause)).hasMessage("retry").hasCause(cause);
    assertThat(new PermanentException("fix it")).hasMessage("fix it").hasNoCause();
  }
}
