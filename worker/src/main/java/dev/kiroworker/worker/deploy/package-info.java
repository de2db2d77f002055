/**
 * {@code kiro-worker deploy}: what a deployer runs around {@code cdk deploy}. {@code deploy
 * preflight} asks IAM's policy simulator whether the caller holds every permission of the deployer
 * policy ({@code docs/iam-deployer-policy.json}) and names each one it lacks.
 */
package dev.kiroworker.worker.deploy;
