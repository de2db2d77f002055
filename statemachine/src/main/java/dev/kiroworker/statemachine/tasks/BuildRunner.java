package dev.kiroworker.statemachine.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a CodeBuild build locally to its end: receives the StartBuild parameters ({@code
 * ProjectName}, {@code EnvironmentVariablesOverride}, ...) and returns the finished build in
 * CodeBuild's {@code Build} shape, with {@code BuildStatus} set.
 */
@FunctionalInterface
public interface BuildRunner {

  JsonNode run(JsonNode startBuildParameters) throws Exception;
}
