package dev.kiroworker.worker.build.runner;

/**
 * A phase's {@code on-failure} setting. When the buildspec does not set one, CodeBuild's default
 * phase transitions apply ({@link #DEFAULT}).
 */
public enum OnFailure {
  /**
   * Not set: a failed install or pre_build ends the build; a failed build still runs post_build.
   */
  DEFAULT,
  /** Stop the build after this phase: no later phase runs. */
  ABORT,
  /** Go on to the next phase; the build still ends FAILED. */
  CONTINUE
}
