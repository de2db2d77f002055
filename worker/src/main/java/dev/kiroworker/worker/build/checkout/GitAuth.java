package dev.kiroworker.worker.build.checkout;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment that lets git authenticate without the token ever reaching a URL, the clone's
 * config or an argument list (all of which other processes or logs can read). Git reads {@code
 * GIT_CONFIG_COUNT}/{@code GIT_CONFIG_KEY_n}/{@code GIT_CONFIG_VALUE_n} as one-off configuration
 * for that process only, so the header is sent but never written.
 */
public final class GitAuth {

  private final String token;

  private GitAuth(String token) {
    this.token = token;
  }

  /** Authentication with {@code token}, or none when it is null or blank. */
  public static GitAuth of(String token) {
    return new GitAuth(token == null || token.isBlank() ? null : token);
  }

  /** The variables for every git process of a checkout from {@code remote}. */
  public Map<String, String> environment(String remote) {
    Map<String, String> environment = new HashMap<>();
    // A missing or rejected token must fail the command, not wait for a password on a terminal.
    environment.put("GIT_TERMINAL_PROMPT", "0");
    environment.put("GCM_INTERACTIVE", "never");
    if (token != null) {
      String key =
          RemoteUrl.httpsOrigin(remote)
              .map(origin -> "http." + origin + ".extraheader")
              .orElse("http.extraheader");
      environment.put("GIT_CONFIG_COUNT", "1");
      environment.put("GIT_CONFIG_KEY_0", key);
      environment.put("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic " + basic());
    }
    return Map.copyOf(environment);
  }

  /** A scrubber that also masks the token and the header value derived from it. */
  public SecretScrubber scrubber(SecretScrubber base) {
    return token == null ? base : base.withSecret(token).withSecret(basic());
  }

  private String basic() {
    byte[] credentials = ("x-access-token:" + token).getBytes(StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(credentials);
  }

  @Override
  public String toString() {
    return token == null ? "GitAuth[none]" : "GitAuth[token " + SecretScrubber.MASK + "]";
  }
}
