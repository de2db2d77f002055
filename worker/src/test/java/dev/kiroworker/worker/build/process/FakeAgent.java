package dev.kiroworker.worker.build.process;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code test-fixtures/agents/fake-agent.sh} by walking up from the working directory. */
final class FakeAgent {

  private FakeAgent() {}

  static String path() {
    Path folder = Path.of("").toAbsolutePath();
    while (folder != null) {
      Path agent = folder.resolve("test-fixtures/agents/fake-agent.sh");
      if (Files.isExecutable(agent)) {
        return agent.toString();
      }
      folder = folder.getParent();
    }
    throw new IllegalStateException("no test-fixtures/agents/fake-agent.sh above the working dir");
  }
}
