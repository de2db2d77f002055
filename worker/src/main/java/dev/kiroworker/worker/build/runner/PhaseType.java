package dev.kiroworker.worker.build.runner;

/** The buildspec's command phases, in the order CodeBuild runs them. */
public enum PhaseType {
  INSTALL("install"),
  PRE_BUILD("pre_build"),
  BUILD("build"),
  POST_BUILD("post_build");

  private final String key;

  PhaseType(String key) {
    this.key = key;
  }

  /** The phase's key under {@code phases:} in the buildspec. */
  public String key() {
    return key;
  }
}
