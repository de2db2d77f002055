package dev.kiroworker.cdk.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which Kiro CLI release the build installs, when the deployment pins one: {@code -c
 * kiroCliVersion=1.24.1 -c kiroCliSha256=<64 hex digits>}. Without them the buildspec's defaults
 * apply (its pinned version, and no checksum). With a checksum the build refuses a download that
 * does not match it, which is what a production deployment wants.
 *
 * @param version the release to install, or null for the buildspec's
 * @param sha256 the release archive's SHA-256 in lower-case hex, or null for no check
 */
public record AgentRelease(String version, String sha256) {

  public static final String VERSION_KEY = "kiroCliVersion";
  public static final String SHA256_KEY = "kiroCliSha256";

  /** The buildspec's variables these settings fill. */
  static final String VERSION_VARIABLE = "KIRO_CLI_VERSION";

  static final String SHA256_VARIABLE = "KIRO_CLI_SHA256";

  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){1,3}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public AgentRelease {
    if (version != null && !VERSION.matcher(version).matches()) {
      throw new InvalidEnvironmentException(
          "Context '"
              + VERSION_KEY
              + "' is '"
              + version
              + "'; expected a release number such as 1.24.1.");
    }
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      throw new InvalidEnvironmentException(
          "Context '"
              + SHA256_KEY
              + "' is '"
              + sha256
              + "'; expected the release archive's SHA-256 as 64 lower-case hex digits.");
    }
  }

  /**
   * @param context reads one context value, or returns null when it is not set
   */
  public static AgentRelease fromContext(Function<String, Object> context) {
    return new AgentRelease(text(context.apply(VERSION_KEY)), text(context.apply(SHA256_KEY)));
  }

  /** The build variables to set: only the pinned ones, so the buildspec's defaults stay. */
  public Map<String, String> buildVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    if (version != null) {
      variables.put(VERSION_VARIABLE, version);
    }
    if (sha256 != null) {
      variables.put(SHA256_VARIABLE, sha256);
    }
    return variables;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
