package dev.kiroworker.worker.sfn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The definitions, inputs and mock configs under {@code src/test/resources/sfn/}. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/sfn/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture sfn/" + name + " in src/test/resources");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String file(String name) {
    return path(name).toString();
  }

  static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
