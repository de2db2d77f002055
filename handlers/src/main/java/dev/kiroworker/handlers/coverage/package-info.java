/**
 * Reads a build's coverage and test reports (JaCoCo, Cobertura, LCOV, Istanbul, Clover; JUnit XML)
 * from files or S3, hardened against hostile input, and judges them with the quality gate.
 */
package dev.kiroworker.handlers.coverage;
