package dev.kiroworker.statemachine.choice;

/**
 * A choice rule, or a Choice state's {@code Choices} or {@code Default}, is not what AWS accepts.
 * The message is a plain sentence, prefixed with where the problem is when that is not the rule
 * itself.
 */
public final class InvalidChoiceRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String location;
  private final String reason;

  /**
   * @param location where the problem is, relative to what was parsed, e.g. {@code
   *     And[1]/NumericEquals}; empty for the rule as a whole
   * @param reason what is wrong, as a plain sentence
   */
  public InvalidChoiceRuleException(String location, String reason) {
    super(location.isEmpty() ? reason : location + ": " + reason);
    this.location = location;
    this.reason = reason;
  }

  /** Where the problem is, relative to what was parsed: {@code Choices[0]/And[1]/Not}. */
  public String location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The same problem seen from {@code parent}, the field that holds what was parsed. */
  InvalidChoiceRuleException within(String parent) {
    return new InvalidChoiceRuleException(
        location.isEmpty() ? parent : parent + "/" + location, reason);
  }
}
