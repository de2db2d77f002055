package dev.kiroworker.worker.demo.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Compares the stand-in's answers with the recorded GitHub shapes in {@code test-fixtures/github/}:
 * every field a fixture has, the answer has too, at every depth (values may differ, and a null
 * answer stands for any value GitHub may leave out).
 */
final class Shapes {

  private Shapes() {}

  /** The fixture at {@code relativePath} under {@code test-fixtures/github/}. */
  static JsonNode fixture(String relativePath) {
    Path folder = Path.of("").toAbsolutePath();
    while (folder != null) {
      Path file = folder.resolve("test-fixtures/github").resolve(relativePath);
      if (Files.isRegularFile(file)) {
        try {
          return JsonMapper.shared().readTree(file.toFile());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      folder = folder.getParent();
    }
    throw new IllegalStateException("no test-fixtures/github/" + relativePath + " above here");
  }

  /** Fails naming the first field of {@code fixture} that {@code answer} lacks. */
  static void assertCovers(JsonNode fixture, JsonNode answer) {
    covers(fixture, answer, "");
  }

  private static void covers(JsonNode fixture, JsonNode answer, String path) {
    if (answer.isNull()) {
      return; // a value that may be absent, such as an item's empty priority
    }
    if (fixture.isObject()) {
      assertThat(answer.isObject()).as("%s is an object", path).isTrue();
      for (Map.Entry<String, JsonNode> field : fixture.properties()) {
        String where = path + "/" + field.getKey();
        assertThat(answer.has(field.getKey())).as("the answer has %s", where).isTrue();
        covers(field.getValue(), answer.get(field.getKey()), where);
      }
    } else if (fixture.isArray() && answer.isArray()) {
      for (int i = 0; i < Math.min(fixture.size(), answer.size()); i++) {
        covers(fixture.get(i), answer.get(i), path + "/" + i);
      }
    }
  }
}
