package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.choice.AwsTimestamp;
import dev.kiroworker.statemachine.internal.Model.Catcher;
import dev.kiroworker.statemachine.internal.Model.ChoiceBranch;
import dev.kiroworker.statemachine.internal.Model.ChoiceState;
import dev.kiroworker.statemachine.internal.Model.ErrorHandling;
import dev.kiroworker.statemachine.internal.Model.FailState;
import dev.kiroworker.statemachine.internal.Model.Io;
import dev.kiroworker.statemachine.internal.Model.Machine;
import dev.kiroworker.statemachine.internal.Model.MapLimits;
import dev.kiroworker.statemachine.internal.Model.MapState;
import dev.kiroworker.statemachine.internal.Model.ParallelState;
import dev.kiroworker.statemachine.internal.Model.PassState;
import dev.kiroworker.statemachine.internal.Model.Retrier;
import dev.kiroworker.statemachine.internal.Model.State;
import dev.kiroworker.statemachine.internal.Model.SucceedState;
import dev.kiroworker.statemachine.internal.Model.TaskState;
import dev.kiroworker.statemachine.internal.Model.Timeouts;
import dev.kiroworker.statemachine.internal.Model.Transition;
import dev.kiroworker.statemachine.internal.Model.WaitFor;
import dev.kiroworker.statemachine.internal.Model.WaitState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a definition that passed validation into the {@link Model}. Defaults are AWS's: Retry
 * IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0; absent paths are {@code $}.
 */
final class DefinitionParser {

  private final Function<JsonNode, ChoiceCondition> choiceRules;

  DefinitionParser(Function<JsonNode, ChoiceCondition> choiceRules) {
    this.choiceRules = choiceRules;
  }

  Machine machine(JsonNode node) {
    Map<String, State> states = new LinkedHashMap<>();
    node.path("States")
        .properties()
        .forEach(entry -> states.put(entry.getKey(), state(entry.getKey(), entry.getValue())));
    Integer timeout = node.has("TimeoutSeconds") ? node.get("TimeoutSeconds").asInt() : null;
    return new Machine(node.path("StartAt").asText(), Map.copyOf(states), timeout);
  }

  private State state(String name, JsonNode node) {
    String type = node.path("Type").asText();
    return switch (type) {
      case "Pass" -> new PassState(name, io(node), transition(node), node.get("Result"));
      case "Task" ->
          new TaskState(
              name,
              io(node),
              transition(node),
              errors(node),
              text(node, "Resource"),
              timeouts(node));
      case "Choice" -> new ChoiceState(name, io(node), choices(node), text(node, "Default"));
      case "Wait" -> new WaitState(name, io(node), transition(node), waitFor(node));
      case "Succeed" -> new SucceedState(name, io(node));
      case "Fail" ->
          new FailState(
              name,
              text(node, "Error"),
              text(node, "ErrorPath"),
              text(node, "Cause"),
              text(node, "CausePath"));
      case "Parallel" ->
          new ParallelState(name, io(node), transition(node), errors(node), branches(node));
      case "Map" ->
          new MapState(
              name,
              mapIo(node),
              transition(node),
              errors(node),
              machine(node.has("ItemProcessor") ? node.get("ItemProcessor") : node.get("Iterator")),
              path(node, "ItemsPath"),
              node.has("ItemSelector") ? node.get("ItemSelector") : node.get("Parameters"),
              limits(node));
      default ->
          throw new IllegalArgumentException("state '" + name + "' has unknown Type " + type);
    };
  }

  private static Io io(JsonNode node) {
    return new Io(
        path(node, "InputPath"),
        node.get("Parameters"),
        node.get("ResultSelector"),
        path(node, "ResultPath"),
        path(node, "OutputPath"));
  }

  /** A Map's ItemSelector (or legacy Parameters) applies per item, not to the state input. */
  private static Io mapIo(JsonNode node) {
    Io io = io(node);
    return new Io(io.inputPath(), null, io.resultSelector(), io.resultPath(), io.outputPath());
  }

  /** {@code "$"} when absent, null when set to JSON null. */
  private static String path(JsonNode node, String field) {
    if (!node.has(field)) {
      return "$";
    }
    return node.get(field).isNull() ? null : node.get(field).asText();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Integer integer(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asInt() : null;
  }

  private static Transition transition(JsonNode node) {
    return new Transition(text(node, "Next"));
  }

  private static ErrorHandling errors(JsonNode node) {
    List<Retrier> retriers = new ArrayList<>();
    for (JsonNode retrier : node.path("Retry")) {
      retriers.add(
          new Retrier(
              strings(retrier.path("ErrorEquals")),
              Duration.ofSeconds(retrier.path("IntervalSeconds").asInt(1)),
              retrier.path("MaxAttempts").asInt(3),
              retrier.path("BackoffRate").asDouble(2.0),
              retrier.has("MaxDelaySeconds")
                  ? Duration.ofSeconds(retrier.get("MaxDelaySeconds").asLong())
                  : null,
              "FULL".equals(retrier.path("JitterStrategy").asText("NONE"))));
    }
    List<Catcher> catchers = new ArrayList<>();
    for (JsonNode catcher : node.path("Catch")) {
      catchers.add(
          new Catcher(
              strings(catcher.path("ErrorEquals")),
              text(catcher, "Next"),
              path(catcher, "ResultPath")));
    }
    return new ErrorHandling(List.copyOf(retriers), List.copyOf(catchers));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return List.copyOf(values);
  }

  private static Timeouts timeouts(JsonNode node) {
    return new Timeouts(
        integer(node, "TimeoutSeconds"),
        text(node, "TimeoutSecondsPath"),
        integer(node, "HeartbeatSeconds"),
        text(node, "HeartbeatSecondsPath"));
  }

  private List<ChoiceBranch> choices(JsonNode node) {
    List<ChoiceBranch> branches = new ArrayList<>();
    for (JsonNode rule : node.path("Choices")) {
      branches.add(new ChoiceBranch(choiceRules.apply(rule), text(rule, "Next")));
    }
    return List.copyOf(branches);
  }

  private static WaitFor waitFor(JsonNode node) {
    return new WaitFor(
        node.has("Seconds") ? node.get("Seconds").asLong() : null,
        node.has("Timestamp")
            ? AwsTimestamp.parse(node.get("Timestamp").asText()).orElseThrow()
            : null,
        text(node, "SecondsPath"),
        text(node, "TimestampPath"));
  }

  private List<Machine> branches(JsonNode node) {
    List<Machine> branches = new ArrayList<>();
    node.path("Branches").forEach(branch -> branches.add(machine(branch)));
    return List.copyOf(branches);
  }

  private static MapLimits limits(JsonNode node) {
    return new MapLimits(
        integer(node, "MaxConcurrency"),
        text(node, "MaxConcurrencyPath"),
        node.has("ToleratedFailurePercentage")
            ? node.get("ToleratedFailurePercentage").asDouble()
            : null,
        text(node, "ToleratedFailurePercentagePath"),
        integer(node, "ToleratedFailureCount"),
        text(node, "ToleratedFailureCountPath"));
  }
}
