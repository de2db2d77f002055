package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A finished local build as CodeBuild's {@code Build} object, with the PascalCase member names Step
 * Functions uses when it returns a service integration's result. Times are epoch seconds with
 * milliseconds, as CodeBuild's JSON API writes them. Secret overrides show their reference only.
 */
public final class BuildJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BuildJson() {}

  /** The {@code Build} object of {@code result}, its artifacts at {@code artifactsLocation}. */
  public static ObjectNode of(LocalBuildResult result, String artifactsLocation) {
    ObjectNode build = NODES.objectNode();
    build.put("Id", result.buildId());
    build.put("Arn", result.buildArn());
    build.put("BuildNumber", result.buildNumber());
    build.set("StartTime", time(result.startTime()));
    build.set("EndTime", time(result.endTime()));
    build.put("CurrentPhase", "COMPLETED");
    build.put("BuildStatus", result.status().name());
    build.put("ProjectName", result.projectName());
    build.set("Phases", phases(result));
    build.putObject("Source").put("Type", "NO_SOURCE");
    // CodeBuild puts the artifact's name into the location; the publisher decides the location.
    build.putObject("Artifacts").put("Location", artifactsLocation);
    build.set("Environment", environment(result));
    ObjectNode logs = build.putObject("Logs");
    logs.put("GroupName", "/aws/codebuild/" + result.projectName());
    logs.put("StreamName", result.buildId().substring(result.projectName().length() + 1));
    logs.put("DeepLink", result.logFile().toUri().toString());
    build.put("BuildComplete", true);
    build.put("Initiator", "kiro-worker/local");
    ArrayNode exported = build.putArray("ExportedEnvironmentVariables");
    result
        .exportedVariables()
        .forEach((name, value) -> exported.addObject().put("Name", name).put("Value", value));
    return build;
  }

  private static ArrayNode phases(LocalBuildResult result) {
    ArrayNode phases = NODES.arrayNode();
    for (PhaseResult phase : result.phases()) {
      ObjectNode node = phases.addObject();
      node.put("PhaseType", phase.phaseType());
      node.put("PhaseStatus", phase.status().name());
      node.set("StartTime", time(phase.start()));
      node.set("EndTime", time(phase.end()));
      node.put("DurationInSeconds", phase.duration().toSeconds());
      ArrayNode contexts = node.putArray("Contexts");
      phase
          .contexts()
          .forEach(
              context ->
                  contexts
                      .addObject()
                      .put("StatusCode", context.statusCode())
                      .put("Message", context.message()));
    }
    return phases;
  }

  private static ObjectNode environment(LocalBuildResult result) {
    ObjectNode environment = NODES.objectNode();
    environment.put("Type", "LINUX_CONTAINER");
    environment.put("Image", "local");
    environment.put("ComputeType", "BUILD_GENERAL1_SMALL");
    ArrayNode variables = environment.putArray("EnvironmentVariables");
    for (EnvironmentOverride override : result.overrides()) {
      variables
          .addObject()
          .put("Name", override.name())
          .put("Value", override.value())
          .put("Type", override.type().name());
    }
    return environment;
  }

  private static com.fasterxml.jackson.databind.JsonNode time(Instant instant) {
    return NODES.numberNode(BigDecimal.valueOf(instant.toEpochMilli(), 3));
  }
}
