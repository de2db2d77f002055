/**
 * Embedded stand-ins for the DynamoDB and S3 calls local mode makes: in-memory services on a
 * loopback port that speak just enough of each wire protocol for the real AWS SDK clients, and
 * refuse everything else with an AWS-shaped error naming what is missing. See {@code
 * docs/local-mode.md}.
 */
package dev.kiroworker.worker.local.aws;
