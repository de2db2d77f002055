package dev.kiroworker.worker.build.implement;

/**
 * What one agent run left: its outcome, the commit made for it (null for none) and, when it did not
 * complete, why in plain words.
 */
record AttemptResult(TaskOutcome outcome, String commitSha, String problem) {}
