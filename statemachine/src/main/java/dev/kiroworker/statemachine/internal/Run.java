package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.history.ExecutionHistory;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What every path of one execution shares: its identity, task bindings, mocks, history and the
 * deadline set by the definition's TimeoutSeconds.
 *
 * @param deadline null when the definition sets no TimeoutSeconds
 */
record Run(
    ExecutionIdentity identity,
    JsonNode input,
    Instant startTime,
    Instant deadline,
    TaskHandlers tasks,
    dev.kiroworker.statemachine.TaskMockSource mocks,
    ExecutionHistory history,
    RandomGenerator random,
    DataFlow dataFlow) {}
