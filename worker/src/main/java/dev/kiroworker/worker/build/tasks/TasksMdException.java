package dev.kiroworker.worker.build.tasks;

import java.util.List;

/**
 * A {@code tasks.md} cannot be used as written: too large, or with lines the parser will not guess
 * at. Every problem found is listed, each with its line number.
 */
public final class TasksMdException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  TasksMdException(String headline, List<String> problems) {
    super(render(headline, problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, e.g. {@code "line 7: unknown checkbox mark [?]; ..."}. */
  public List<String> problems() {
    return problems;
  }

  private static String render(String headline, List<String> problems) {
    StringBuilder message = new StringBuilder(headline);
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return message.toString();
  }
}
