/** The work-item workflow definition shipped with the engine, and its placeholder substitution. */
package dev.kiroworker.statemachine.workflow;
