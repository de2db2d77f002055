/**
 * The local build runner: runs a CodeBuild buildspec (version 0.2) on this machine, with
 * CodeBuild's phase, {@code on-failure} and {@code finally} semantics, and copies its reports and
 * artifacts to a local output folder. Local mode and the demo use it in place of CodeBuild, through
 * {@link dev.kiroworker.worker.build.runner.LocalCodeBuild}.
 */
package dev.kiroworker.worker.build.runner;
