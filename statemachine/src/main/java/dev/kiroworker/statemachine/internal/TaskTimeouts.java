package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.internal.Model.TaskState;
import java.time.Duration;

/**
 * A Task's TimeoutSeconds and HeartbeatSeconds, fixed or read from the effective input through
 * their Path forms. Without either, a task may run as long as it likes (AWS's default is 99999999
 * seconds).
 */
final class TaskTimeouts {

  private TaskTimeouts() {}

  static Duration timeout(TaskState task, JsonNode input, JsonNode context) {
    return seconds(
        "TimeoutSecondsPath",
        task.timeouts().timeoutSeconds(),
        task.timeouts().timeoutSecondsPath(),
        input,
        context);
  }

  static Duration heartbeat(TaskState task, JsonNode input, JsonNode context) {
    return seconds(
        "HeartbeatSecondsPath",
        task.timeouts().heartbeatSeconds(),
        task.timeouts().heartbeatSecondsPath(),
        input,
        context);
  }

  private static Duration seconds(
      String field, Integer fixed, String path, JsonNode input, JsonNode context) {
    if (fixed != null) {
      return Duration.ofSeconds(fixed);
    }
    if (path == null) {
      return null;
    }
    JsonNode value = FieldPaths.read(field, path, input, context);
    if (!value.canConvertToExactIntegral() || value.asLong() <= 0) {
      throw StatesException.runtime(
          "The " + field + " '" + path + "' must select a positive integer, got " + value);
    }
    return Duration.ofSeconds(value.asLong());
  }
}
