/**
 * {@code kiro-worker demo}: the whole workflow on a laptop with no credentials, no AWS and no
 * network. The real state machine, handlers and buildspec run against the GitHub stand-in ({@code
 * github}), the embedded DynamoDB and S3, and a local git remote holding the node sample. See
 * {@code docs/demo.md}.
 */
package dev.kiroworker.worker.demo;
