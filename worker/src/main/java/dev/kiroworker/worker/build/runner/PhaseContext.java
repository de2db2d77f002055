package dev.kiroworker.worker.build.runner;

/** Why a phase did not succeed, in CodeBuild's terms: a status code and a message. */
public record PhaseContext(String statusCode, String message) {}
