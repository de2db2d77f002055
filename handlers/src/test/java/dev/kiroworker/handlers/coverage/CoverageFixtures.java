package dev.kiroworker.handlers.coverage;

import dev.kiroworker.testsupport.HarnessSettings;
import java.nio.file.Path;

/** The committed report fixtures under {@code test-fixtures/coverage/} (see its README). */
final class CoverageFixtures {

  private static final Path ROOT =
      HarnessSettings.fromEnvironment().repositoryRoot().resolve("test-fixtures/coverage");

  private CoverageFixtures() {}

  static Path fixture(String relative) {
    return ROOT.resolve(relative);
  }
}
