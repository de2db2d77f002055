/**
 * UpdatePullRequest: keeps one results comment per pull request current and moves the board item to
 * the column for the workflow's phase.
 */
package dev.kiroworker.handlers.pullrequest;
