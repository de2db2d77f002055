/**
 * The workflow on a laptop: the real state machine on the local engine with the real handlers
 * called in process and builds served by a local build runner. {@code aws} holds the embedded
 * DynamoDB and S3 stand-ins. See {@code docs/local-mode.md}.
 */
package dev.kiroworker.worker.local;
