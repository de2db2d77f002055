/**
 * Checks a definition before it runs, collecting every problem with its location (the state and
 * field) so a user sees them all at once.
 *
 * <p>{@link dev.kiroworker.statemachine.validation.DefinitionValidator} is the entry point. Inside,
 * a {@code ValidationContext} carries the problems and scopes of one run; {@code MachineChecker}
 * checks a state machine object (top level, Parallel branch, Map processor), {@code StateChecker}
 * one state with a checker per state type, and {@code GraphChecker} the transitions of each scope.
 * The rules and their sources are listed in {@code docs/engine/validation.md}.
 */
package dev.kiroworker.statemachine.validation;
