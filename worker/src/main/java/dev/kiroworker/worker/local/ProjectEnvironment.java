package dev.kiroworker.worker.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.tasks.BuildRunner;
import java.util.Map;

/**
 * The CodeBuild project's own environment variables, in front of a build runner. In AWS the project
 * (set up by CDK) carries variables every build gets, which the buildspec's {@code env} does not
 * override and StartBuild's overrides do; here they go first in {@code
 * EnvironmentVariablesOverride}, so the workflow's own overrides still win.
 */
public final class ProjectEnvironment implements BuildRunner {

  private final Map<String, String> variables;
  private final BuildRunner builds;

  public ProjectEnvironment(Map<String, String> variables, BuildRunner builds) {
    this.variables = Map.copyOf(variables);
    this.builds = builds;
  }

  @Override
  public JsonNode run(JsonNode startBuildParameters) throws Exception {
    ObjectNode parameters = startBuildParameters.deepCopy();
    ArrayNode overrides = parameters.putArray("EnvironmentVariablesOverride");
    variables.forEach(
        (name, value) ->
            overrides.addObject().put("Name", name).put("Value", value).put("Type", "PLAINTEXT"));
    startBuildParameters.path("EnvironmentVariablesOverride").forEach(overrides::add);
    return builds.run(parameters);
  }
}
