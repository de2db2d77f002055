package dev.kiroworker.worker.build.implement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real git clone in a temporary folder holding a spec whose tasks.md is a test resource. */
final class SpecClone {

  static final String SPEC = ".kiro/specs/greeting-service";

  private final ProcessRunner runner = new ProcessRunner(SecretScrubber.patternsOnly());
  private final Path folder;

  private SpecClone(Path folder) {
    this.folder = folder;
  }

  /** A clone with one commit holding the spec, its tasks.md read from {@code resource}. */
  static SpecClone withTasks(Path folder, String resource) {
    SpecClone clone = new SpecClone(folder);
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    clone.git("init", "--initial-branch=feature/greeting-service");
    clone.git("config", "user.name", "kiro-worker");
    clone.git("config", "user.email", "kiro-worker@example.com");
    clone.write("README.md", "# demo\n");
    clone.write(SPEC + "/requirements.md", "# Requirements\n");
    clone.write(SPEC + "/design.md", "# Design\n");
    clone.write(SPEC + "/tasks.md", resource(resource));
    clone.git("add", "--all");
    clone.git("commit", "--quiet", "-m", "docs: spec");
    return clone;
  }

  Path folder() {
    return folder;
  }

  String tasks() {
    return read(SPEC + "/tasks.md");
  }

  String read(String file) {
    try {
      return Files.readString(folder.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(String file, String text) {
    try {
      Files.createDirectories(folder.resolve(file).getParent());
      Files.writeString(folder.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String head() {
    return git("rev-parse", "HEAD").output().strip();
  }

  /** Commit subjects, newest first. */
  List<String> subjects() {
    return git("log", "--format=%s").output().lines().toList();
  }

  /** Files changed by {@code sha}. */
  List<String> filesOf(String sha) {
    return git("show", "--name-only", "--format=", sha).output().lines().toList();
  }

  boolean clean() {
    return git("status", "--porcelain").output().isBlank();
  }

  ProcessResult git(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        runner.run(new ProcessCommand(command, folder, Map.of(), Duration.ofMinutes(1)));
    assertThat(result.succeeded()).as("%s: %s", command, result.output()).isTrue();
    return result;
  }

  static String resource(String name) {
    try (InputStream in = SpecClone.class.getResourceAsStream("/implement/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
