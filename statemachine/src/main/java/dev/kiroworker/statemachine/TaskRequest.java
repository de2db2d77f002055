package dev.kiroworker.statemachine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a {@link TaskHandler} is asked to do.
 *
 * @param stateName the Task state's name
 * @param resource the state's {@code Resource} ARN
 * @param input the effective input: the state input after InputPath and Parameters
 * @param context the context object ({@code $$}) at this point of the execution
 * @param heartbeat call it while working when the state sets {@code HeartbeatSeconds}
 */
public record TaskRequest(
    String stateName, String resource, JsonNode input, JsonNode context, Runnable heartbeat) {}
