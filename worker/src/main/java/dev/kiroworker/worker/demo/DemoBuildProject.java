package dev.kiroworker.worker.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import dev.kiroworker.worker.demo.github.DemoWorld;
import dev.kiroworker.worker.local.LocalBuildProject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The demo's CodeBuild project: the repository's buildspec run locally, with the fake agent in
 * place of Kiro, cloning from the demo's local git server.
 */
final class DemoBuildProject {

  /** What the buildspec's secrets-manager references resolve to; neither is a real credential. */
  static final String KIRO_API_KEY = "kiro-worker-demo-api-key";

  private DemoBuildProject() {}

  /**
   * @param folder the demo's folder, which holds the build's folders
   * @param variables the scenario's extra project variables
   */
  static BuildRunner create(
      Path folder,
      DemoFiles files,
      Map<String, String> variables,
      S3Client s3,
      String bucket,
      Consumer<String> log) {
    Map<String, String> project = new HashMap<>(variables);
    project.put("KIRO_ALLOW_LOCAL_REMOTE", "true");
    project.put("KIRO_INSTALL_AGENT", "false");
    project.put(
        "KIRO_AGENT_COMMAND",
        Json.write(
            JsonNodeFactory.instance
                .arrayNode()
                .add(files.agent().toString())
                .add("change")
                .add("{prompt}")));
    project.put("KIRO_AGENT_PREFLIGHT", "[]");
    return LocalBuildProject.in(folder)
        .buildspec(files.buildspec())
        .environment(System.getenv())
        .secrets(
            Map.of(
                "${GitHubTokenSecretArn}", DemoWorld.TOKEN, "${KiroApiKeySecretArn}", KIRO_API_KEY))
        .variables(project)
        .artifacts(s3, bucket)
        .log(log)
        .build();
  }
}
