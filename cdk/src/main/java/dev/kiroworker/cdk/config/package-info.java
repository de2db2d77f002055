/**
 * The typed deployment configuration: one {@link dev.kiroworker.cdk.config.DeploymentEnvironment}
 * per environment, chosen from the CDK context by {@link
 * dev.kiroworker.cdk.config.EnvironmentSelection}.
 */
package dev.kiroworker.cdk.config;
