package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code parameter-store} and {@code secrets-manager} references without AWS: from the
 * secrets the caller supplied (reference to value), else from this process's environment variable
 * of the variable's own name. A Secrets Manager reference with a JSON key ({@code
 * secret-id:json-key:...}) is also found by its secret id alone, and the key read from the JSON.
 */
final class SecretResolver {

  /**
   * The parts of a Secrets Manager ARN before the JSON key: arn:aws:secretsmanager:r:a:secret:n.
   */
  private static final int ARN_PARTS = 7;

  private final Map<String, String> secrets;
  private final Map<String, String> processEnvironment;

  SecretResolver(Map<String, String> secrets, Map<String, String> processEnvironment) {
    this.secrets = Map.copyOf(secrets);
    this.processEnvironment = Map.copyOf(processEnvironment);
  }

  /** The value for variable {@code name} that refers to {@code reference}, if one is known. */
  Optional<String> resolve(String name, String reference, boolean secretsManager) {
    String value = secrets.get(reference);
    if (value != null) {
      return Optional.of(value);
    }
    if (secretsManager) {
      Optional<String> fromJson = fromJsonKey(reference);
      if (fromJson.isPresent()) {
        return fromJson;
      }
    }
    return Optional.ofNullable(processEnvironment.get(name));
  }

  /** Why {@code name} could not be resolved, and how to fix it; never shows a value. */
  static String missing(String name, String reference) {
    return "no value for %s (reference %s): pass --secret %s=VALUE or a --secrets-file line,"
            .formatted(name, reference, reference)
        + " or set the environment variable "
        + name;
  }

  private Optional<String> fromJsonKey(String reference) {
    String[] parts = reference.split(":", -1);
    int idParts = reference.startsWith("arn:") ? ARN_PARTS : 1;
    if (parts.length <= idParts || parts[idParts].isEmpty()) {
      return Optional.empty();
    }
    String secretId = String.join(":", java.util.Arrays.copyOf(parts, idParts));
    String document = secrets.get(secretId);
    if (document == null) {
      return Optional.empty();
    }
    try {
      JsonNode value = JsonMapper.shared().readTree(document).path(parts[idParts]);
      return value.isValueNode() ? Optional.of(value.asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
