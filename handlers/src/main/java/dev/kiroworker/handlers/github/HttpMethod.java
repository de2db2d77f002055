package dev.kiroworker.handlers.github;

/** The HTTP methods the handlers use against GitHub's REST API. */
public enum HttpMethod {
  GET,
  POST,
  PATCH
}
