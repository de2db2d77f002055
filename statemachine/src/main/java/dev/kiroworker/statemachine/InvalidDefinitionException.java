package dev.kiroworker.statemachine;

import dev.kiroworker.statemachine.validation.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** A definition failed validation; {@link #problems()} lists everything that is wrong. */
public final class InvalidDefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidDefinitionException(List<Problem> problems) {
    super(
        "The state machine definition has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
