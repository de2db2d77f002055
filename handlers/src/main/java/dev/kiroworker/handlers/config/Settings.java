package dev.kiroworker.handlers.config;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Named settings from one source (the process environment in Lambda, a map in tests): the only
 * place the handlers read environment variables.
 */
public final class Settings {

  private final UnaryOperator<String> source;

  private Settings(UnaryOperator<String> source) {
    this.source = source;
  }

  /** The process environment. */
  public static Settings fromEnvironment() {
    return new Settings(System::getenv);
  }

  public static Settings of(Map<String, String> values) {
    return new Settings(values::get);
  }

  /** The value of {@code name}, or empty when unset or blank. */
  public Optional<String> optional(String name) {
    String value = source.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * The value of {@code name}.
   *
   * @param expected what a valid value looks like, for the error message
   * @throws PermanentException when it is unset
   */
  public String required(String name, String expected) {
    return optional(name)
        .orElseThrow(
            () ->
                new PermanentException(
                    "The environment variable "
                        + name
                        + " is not set; expected "
                        + expected
                        + ". The deployment sets it; for local runs, export it."));
  }
}
