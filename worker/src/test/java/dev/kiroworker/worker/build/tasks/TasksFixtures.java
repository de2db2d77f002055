package dev.kiroworker.worker.build.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The {@code tasks.md} fixtures under {@code src/test/resources/tasks/}, read byte for byte. */
final class TasksFixtures {

  private TasksFixtures() {}

  static String text(String name) {
    try (InputStream in = TasksFixtures.class.getResourceAsStream("/tasks/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture tasks/" + name + " in src/test/resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
