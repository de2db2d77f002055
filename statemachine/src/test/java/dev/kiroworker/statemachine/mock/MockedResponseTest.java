package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import org.junit.jupiter.api.Test;

class MockedResponseTest {

  @Test
  void return_handsOutACopySoTheEngineCannotChangeTheMock() {
    MockedResponse.Return response = new MockedResponse.Return(Json.parse("{\"a\":1}"));

    ((ObjectNode) response.value()).put("a", 2);

    assertThat(response.value()).isEqualTo(Json.parse("{\"a\":1}"));
  }

  @Test
  void return_keepsItsOwnCopyOfTheValueItWasGiven() {
    ObjectNode source = (ObjectNode) Json.parse("{\"a\":1}");
    MockedResponse.Return response = new MockedResponse.Return(source);

    source.put("a", 2);

    assertThat(response.value()).isEqualTo(Json.parse("{\"a\":1}"));
  }

  @Test
  void return_needsAValue() {
    assertThatThrownBy(() -> new MockedResponse.Return(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void throw_becomesTheStatesExceptionRetryAndCatchSee() {
    StatesException e =
        new MockedResponse.Throw("Lambda.TimeoutException", "Lambda timed out.").toException();

    assertThat(e.error()).isEqualTo("Lambda.TimeoutException");
    assertThat(e.cause()).isEqualTo("Lambda timed out.");
  }

  @Test
  void throw_needsAnErrorNameAndACause() {
    assertThatThrownBy(() -> new MockedResponse.Throw("", "c"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MockedResponse.Throw(null, "c"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MockedResponse.Throw("E", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void throw_mayHaveAnEmptyCause() {
    assertThat(new MockedResponse.Throw("E", "").toException().cause()).isEmpty();
  }
}
