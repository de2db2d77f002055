package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a Task state's resource locally. It receives the state's effective input (after InputPath
 * and Parameters) and returns the raw result (before ResultSelector and ResultPath).
 *
 * <p>To fail with a named error, throw {@link StatesException}; any other exception surfaces with
 * its fully qualified class name as the error, the way AWS Lambda reports a Java handler's {@code
 * errorType}.
 */
@FunctionalInterface
public interface TaskHandler {

  JsonNode invoke(TaskRequest request);
}
