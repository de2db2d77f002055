package dev.kiroworker.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StateMachine.parse runs the full validator, with Choice rules and intrinsics checked too. */
class ValidationWiringTest {

  @Test
  void parse_reportsEveryProblemWithItsLocation() {
    String definition =
        "{\"StartAt\":\"Route\",\"States\":{"
            + "\"Route\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":\"5\",\"Next\":\"Done\"}],\"Default\":\"Nowhere\"},"
            + "\"Shape\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"States.Nope(1)\"},\"End\":true},"
            + "\"Done\":{\"Type\":\"Succeed\"}}}";

    assertThatThrownBy(() -> StateMachine.parse(definition))
        .isInstanceOf(InvalidDefinitionException.class)
        .satisfies(
            e -> {
              List<Problem> problems = ((InvalidDefinitionException) e).problems();
              assertThat(problems)
                  .extracting(Problem::location)
                  .contains(
                      "/States/Route/Choices[0]",
                      "/States/Shape/Parameters/x.$",
                      "/States/Route/Default",
                      "/States/Shape");
              assertThat(problems.toString())
                  .contains("NumericEquals needs a number")
                  .contains("States.Nope");
            });
  }

  @Test
  void assign_isRefusedUntilTheEngineRunsVariables() {
    String definition =
        "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":{\"Type\":\"Parallel\",\"Branches\":[{\"StartAt\":\"Set\","
            + "\"States\":{\"Set\":{\"Type\":\"Pass\",\"Assign\":{\"x\":1},\"End\":true}}}],\"Next\":\"Each\"},"
            + "\"Each\":{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"R\",\"States\":{\"R\":{\"Type\":\"Choice\","
            + "\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Assign\":{\"y\":2},\"Next\":\"E\"}],\"Default\":\"E\"},"
            + "\"E\":{\"Type\":\"Succeed\"}}},\"End\":true}}}";

    assertThat(StateMachine.validate(definition))
        .extracting(Problem::location)
        .containsExactly(
            "/States/Fan/Branches[0]/States/Set", "/States/Each/ItemProcessor/States/R");
  }

  @Test
  void jsonata_isRefusedClearly() {
    assertThat(
            StateMachine.validate(
                "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains("JSONata"));
  }
}
