package dev.kiroworker.statemachine.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import java.util.Objects;

/** What one mocked Task invocation does instead of calling its service: return or fail. */
public sealed interface MockedResponse {

  /**
   * The service's result. Any JSON value is allowed: Step Functions Local does not check that a
   * mock has the shape of the real service's response.
   */
  record Return(JsonNode value) implements MockedResponse {

    public Return {
      value = Objects.requireNonNull(value, "value").deepCopy();
    }

    /**
     * A fresh copy on every call: one response serves many invocations and test cases, and the
     * engine builds state outputs from what it gets.
     */
    @Override
    public JsonNode value() {
      return value.deepCopy();
    }
  }

  /** A failed invocation, with the error name that the state's Retry and Catch match on. */
  record Throw(String error, String cause) implements MockedResponse {

    public Throw {
      if (error == null || error.isEmpty()) {
        throw new IllegalArgumentException("a mocked Throw needs an error name");
      }
      Objects.requireNonNull(cause, "cause");
    }

    /** The failure as the engine raises it from the Task. */
    public StatesException toException() {
      return new StatesException(error, cause);
    }
  }
}
