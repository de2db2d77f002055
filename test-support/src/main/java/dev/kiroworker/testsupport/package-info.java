/**
 * JUnit 5 extensions that give kiro-worker tests real endpoints on loopback: DynamoDB (dynalite)
 * and S3 (s3rver) behind AWS SDK v2 clients, and a WireMock server standing in for the GitHub API.
 * Used in test scope by the other modules; nothing here reaches the internet.
 */
package dev.kiroworker.testsupport;
