package dev.kiroworker.worker.build.implement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Agent commands built on {@code test-fixtures/agents/fake-agent.sh}. */
final class Agents {

  static final String FAKE = fakeAgent();

  private Agents() {}

  /** {@code fake-agent.sh <mode> [arguments...]}; append {@code {prompt}} where wanted. */
  static List<String> fake(String... modeAndArguments) {
    List<String> command = new ArrayList<>(List.of(FAKE));
    command.addAll(List.of(modeAndArguments));
    return List.copyOf(command);
  }

  /** A fixed bash script standing in for an agent; the prompt is its {@code $1}. */
  static List<String> script(String script) {
    return List.of("bash", "-c", script, "agent", AgentCommand.PROMPT);
  }

  private static String fakeAgent() {
    String root = System.getProperty("kiro.repo.root");
    Path folder = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
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
