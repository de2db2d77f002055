/**
 * Execution history in the JSON shape of AWS {@code GetExecutionHistory}: event ids, previous event
 * ids, timestamps from the execution's clock, AWS's event type names and details keys.
 */
package dev.kiroworker.statemachine.history;
