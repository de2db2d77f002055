package dev.kiroworker.worker.run;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment a test hands {@code run --local}: this machine's PATH and HOME (git, node and
 * bash are needed), none of its credentials or agent settings, and the test's GitHub token.
 */
final class LocalRunEnvironment {

  static final String TOKEN = "ghp_" + "runLocalCommandToken".repeat(2);

  private LocalRunEnvironment() {}

  static Map<String, String> withToken() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment
        .keySet()
        .removeIf(
            name ->
                name.startsWith("AWS_")
                    || name.startsWith("KIRO_")
                    || name.startsWith("GITHUB_")
                    || name.equals("GH_TOKEN"));
    environment.put("GITHUB_TOKEN", TOKEN);
    return environment;
  }
}
