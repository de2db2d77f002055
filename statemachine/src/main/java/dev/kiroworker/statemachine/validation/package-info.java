/**
 * Checks a definition before it runs, collecting every problem with its location (the state and
 * field) so a user sees them all at once.
 */
package dev.kiroworker.statemachine.validation;
