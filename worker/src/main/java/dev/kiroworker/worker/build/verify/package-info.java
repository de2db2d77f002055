/**
 * {@code kiro-worker build verify}: runs the target repository's tests (the command from its {@code
 * .kiro/worker.yml}, else one detected from its build files), collects the JUnit XML and coverage
 * reports into the build output, and judges them with the same quality gate as the ParseCoverage
 * Lambda.
 */
package dev.kiroworker.worker.build.verify;
