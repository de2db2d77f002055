/**
 * The Lambda task handlers of the kiro-worker workflow, one class per state, each a thin layer over
 * the services in the feature packages ({@code github}, {@code lock}, {@code coverage}, {@code
 * config}).
 */
package dev.kiroworker.handlers;
