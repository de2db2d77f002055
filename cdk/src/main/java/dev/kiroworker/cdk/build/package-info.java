/**
 * What the Build stack needs beyond CDK's constructs: {@link
 * dev.kiroworker.cdk.build.BuildSpecFile} reads the repository's {@code buildspec.yml}, fills its
 * deployment placeholders and names its report groups; {@link
 * dev.kiroworker.cdk.build.BuildProjectPermissions} is the project role's whole policy.
 */
package dev.kiroworker.cdk.build;
