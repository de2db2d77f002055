/**
 * The CodeBuild side of a work item: the {@code kiro-worker build <step>} steps the buildspec runs,
 * their shared inputs ({@link dev.kiroworker.worker.build.BuildVariables}) and outputs ({@link
 * dev.kiroworker.worker.build.BuildOutput}, {@link dev.kiroworker.worker.build.BuildSummary}).
 */
package dev.kiroworker.worker.build;
