package dev.kiroworker.statemachine.mock;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the mock configuration files under {@code src/test/resources/mock}. */
final class Fixtures {

  static final String KIRO_WORKER_MOCKS = "kiro-worker-mocks.json";

  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/mock/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource mock/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static MockConfig kiroWorkerMocks() {
    return MockConfig.read(path(KIRO_WORKER_MOCKS));
  }
}
