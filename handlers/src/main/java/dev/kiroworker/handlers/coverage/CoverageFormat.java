package dev.kiroworker.handlers.coverage;

/** The coverage report formats the worker reads, each recognised by its content. */
public enum CoverageFormat {
  JACOCO("JaCoCo XML"),
  COBERTURA("Cobertura XML"),
  LCOV("LCOV"),
  ISTANBUL_SUMMARY("Istanbul coverage-summary.json"),
  CLOVER("Clover XML");

  private final String displayName;

  CoverageFormat(String displayName) {
    this.displayName = displayName;
  }

  /** The name people know the format by, as used in messages and PR comments. */
  public String displayName() {
    return displayName;
  }
}
