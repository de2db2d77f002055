package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.mock.MockTestCase;
import dev.kiroworker.statemachine.mock.MockedResponse;
import java.util.Optional;

/**
 * Scripted Task outcomes for one execution, e.g. a Step Functions Local mock config test case.
 * Asked before a Task state calls its handler; a scripted error is thrown as a {@link
 * StatesException}.
 */
@FunctionalInterface
public interface TaskMockSource {

  /** Mocks nothing. */
  TaskMockSource NONE = stateName -> Optional.empty();

  /** The responses of a Step Functions Local mock config test case. */
  static TaskMockSource from(MockTestCase testCase) {
    return stateName ->
        testCase
            .next(stateName)
            .map(
                response ->
                    switch (response) {
                      case MockedResponse.Return returned -> returned.value();
                      case MockedResponse.Throw thrown -> throw thrown.toException();
                    });
  }

  /** The next scripted result for {@code stateName}, or empty when it is not mocked. */
  Optional<JsonNode> next(String stateName);
}
