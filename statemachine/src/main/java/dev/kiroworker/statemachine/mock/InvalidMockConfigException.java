package dev.kiroworker.statemachine.mock;

import java.util.List;

/** A mock configuration that cannot be used, with every problem found in it. */
public final class InvalidMockConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  InvalidMockConfigException(String source, List<String> problems) {
    this(source, problems, null);
  }

  InvalidMockConfigException(String source, List<String> problems, Throwable cause) {
    super(message(source, problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code place: what is wrong}, e.g. {@code MockedResponses.X."1-0": ...}. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return source + " is invalid (" + count + "):\n  " + String.join("\n  ", problems);
  }
}
