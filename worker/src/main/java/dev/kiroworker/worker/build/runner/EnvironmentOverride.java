package dev.kiroworker.worker.build.runner;

import java.util.Objects;

/**
 * One of StartBuild's {@code environmentVariablesOverride} entries. For {@code PARAMETER_STORE} and
 * {@code SECRETS_MANAGER} the value is a reference, resolved like the buildspec's own secrets.
 */
public record EnvironmentOverride(String name, String value, Type type) {

  /** Where the value comes from, with CodeBuild's names. */
  public enum Type {
    PLAINTEXT,
    PARAMETER_STORE,
    SECRETS_MANAGER
  }

  public EnvironmentOverride {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
  }

  /** A plain-text override. */
  public static EnvironmentOverride plaintext(String name, String value) {
    return new EnvironmentOverride(name, value, Type.PLAINTEXT);
  }

  /** Whether the value is a reference to a secret rather than the value itself. */
  public boolean isSecret() {
    return type != Type.PLAINTEXT;
  }
}
