package dev.kiroworker.statemachine.choice;

/** How a choice operator relates the Variable's value to its operand. */
public enum Relation {
  EQUALS,
  LESS_THAN,
  GREATER_THAN,
  LESS_THAN_EQUALS,
  GREATER_THAN_EQUALS,
  /** {@code StringMatches}: the operand is a wildcard pattern. */
  MATCHES,
  /** The {@code Is*} type tests: the operand says whether the type is expected or not. */
  IS;

  /**
   * Whether a comparison result ({@code compareTo} of value and operand) satisfies this relation;
   * always false for {@link #MATCHES} and {@link #IS}, which are not orderings.
   */
  public boolean accepts(int comparison) {
    return switch (this) {
      case EQUALS -> comparison == 0;
      case LESS_THAN -> comparison < 0;
      case GREATER_THAN -> comparison > 0;
      case LESS_THAN_EQUALS -> comparison <= 0;
      case GREATER_THAN_EQUALS -> comparison >= 0;
      case MATCHES, IS -> false;
    };
  }
}
