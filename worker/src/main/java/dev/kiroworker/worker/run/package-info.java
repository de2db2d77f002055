/**
 * {@code kiro-worker run --local}: the workflow against a real GitHub board from a laptop, with a
 * local agent, the local build runner, and DynamoDB and S3 embedded or at an emulator. See {@code
 * docs/local-mode.md}.
 */
package dev.kiroworker.worker.run;
