package dev.kiroworker.cdk.monitoring;

/** How urgent an alarm is; every alarmed metric has one alarm of each level. */
public enum AlertLevel {
  /** Something drifts from normal; look at it during working hours. */
  WARNING("warning", false),
  /** The workflow is failing its users; act now. */
  ERROR("error", true);

  private final String suffix;
  private final boolean announcesRecovery;

  AlertLevel(String suffix, boolean announcesRecovery) {
    this.suffix = suffix;
    this.announcesRecovery = announcesRecovery;
  }

  /** The last word of the alarm's name, e.g. {@code kiro-worker-test-build-duration-error}. */
  public String suffix() {
    return suffix;
  }

  /**
   * Whether the return to OK is announced too. Only for errors: whoever is working on one wants to
   * know it is over, while an OK mail for every warning would double the noise.
   */
  public boolean announcesRecovery() {
    return announcesRecovery;
  }
}
