package dev.kiroworker.cdk.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.workflow.WorkItemWorkflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code statemachine/work-item.asl.json} as the deployment uses it: its placeholders, the handlers
 * they name, and the definition with the deployment's execution timeout.
 */
public final class WorkflowDefinition {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TIMEOUT_SECONDS = "TimeoutSeconds";

  private final String text;

  WorkflowDefinition(String text) {
    this.text = text;
  }

  /** The committed definition, from the statemachine jar. */
  public static WorkflowDefinition load() {
    return new WorkflowDefinition(WorkItemWorkflow.definitionText());
  }

  /** The names of its {@code ${...}} placeholders. */
  public Set<String> placeholders() {
    return WorkItemWorkflow.placeholders(text);
  }

  /** The handlers its {@code ${<Name>FunctionArn}} placeholders call. */
  public List<WorkflowHandler> handlers() {
    return WorkflowHandler.forPlaceholders(placeholders());
  }

  /**
   * The definition with a top-level {@code TimeoutSeconds}, placeholders untouched. The CDK applies
   * a state machine's {@code timeout} only to definitions it builds itself, so a definition given
   * as text has to carry its own.
   *
   * @throws IllegalStateException when the file already sets one: the timeout belongs to the
   *     deployment (it must match the lock's lease), not to the file
   */
  public String withExecutionTimeout(Duration timeout) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("work-item.asl.json is not valid JSON", e);
    }
    if (!(parsed instanceof ObjectNode definition) || !definition.has("StartAt")) {
      throw new IllegalStateException("work-item.asl.json is not a state machine definition");
    }
    if (definition.has(TIMEOUT_SECONDS)) {
      throw new IllegalStateException(
          "work-item.asl.json sets its own TimeoutSeconds; remove it: the deployment sets the"
              + " execution timeout to the lock's lease.");
    }
    // Rebuilt rather than appended so that the timeout reads next to StartAt in the console.
    ObjectNode timed = JSON.createObjectNode();
    definition
        .properties()
        .forEach(
            field -> {
              if (field.getKey().equals("StartAt")) {
                timed.put(TIMEOUT_SECONDS, timeout.toSeconds());
              }
              timed.set(field.getKey(), field.getValue());
            });
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(timed);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the workflow definition", e);
    }
  }

  /**
   * Checks that {@code values} fill every placeholder and nothing else, with values that stay
   * inside their JSON strings (the local engine's own check), and returns them for {@code
   * definitionSubstitutions}.
   *
   * @throws IllegalArgumentException naming each placeholder without a value and each value without
   *     a placeholder
   */
  public Map<String, String> substitutions(Map<String, String> values) {
    WorkItemWorkflow.substitute(text, values);
    return Map.copyOf(values);
  }
}
