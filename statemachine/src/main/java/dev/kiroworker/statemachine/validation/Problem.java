package dev.kiroworker.statemachine.validation;

/**
 * One thing wrong with a definition.
 *
 * @param location where it is, from the root: {@code /States/ValidateSpec/Retry[0]/ErrorEquals}
 * @param message what is wrong, in a plain sentence
 */
public record Problem(String location, String message) {

  public Problem {
    if (location == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a location and a message");
    }
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
