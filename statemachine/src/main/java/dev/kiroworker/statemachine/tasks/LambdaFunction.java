package dev.kiroworker.statemachine.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Lambda function run in process: it receives the payload and returns the response payload.
 * Throwing fails the invocation the way a Java Lambda handler's exception does.
 */
@FunctionalInterface
public interface LambdaFunction {

  JsonNode handle(JsonNode payload) throws Exception;
}
