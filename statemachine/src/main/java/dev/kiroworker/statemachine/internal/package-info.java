/**
 * The engine's implementation: the parsed model of a definition and the interpreter that runs it.
 * Not an API; use {@link dev.kiroworker.statemachine.StateMachine}.
 */
package dev.kiroworker.statemachine.internal;
