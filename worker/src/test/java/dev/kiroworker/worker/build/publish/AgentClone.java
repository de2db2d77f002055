package dev.kiroworker.worker.build.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns {@link PublishRemote}'s clone into one an agent has tampered with: its {@code .git/config}
 * gets the settings in {@code publish/agent/config} (and, through {@code include.path}, {@code
 * included.config}), each naming the {@code record} script, which leaves a {@code ran-<what>} file
 * with its environment in the agent folder when git starts it. {@code url.insteadOf} sends the
 * remote to a decoy bare repository whose pre-receive hook records too.
 */
final class AgentClone {

  private final PublishRemote remote;
  private final Path agent;
  private final Path decoy;

  private AgentClone(PublishRemote remote, Path folder) {
    this.remote = remote;
    this.agent = folder.resolve("agent");
    this.decoy = agent.resolve("decoy.git");
  }

  /** Tampers with {@code remote}'s clone; the agent's files go into {@code folder}/agent. */
  static AgentClone tamper(PublishRemote remote, Path folder) {
    AgentClone clone = new AgentClone(remote, folder);
    clone.setUp();
    return clone;
  }

  /** The repository {@code url.insteadOf} sends the remote to. */
  Path decoy() {
    return decoy;
  }

  /** The names the record script ran as, from its {@code ran-<what>} files. */
  List<String> ran() {
    try (Stream<Path> files = Files.list(agent)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.startsWith("ran-"))
          .map(name -> name.substring("ran-".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything the record script wrote: the names it ran as and their environments. */
  String recorded() {
    StringBuilder text = new StringBuilder();
    for (String what : ran()) {
      text.append(read(agent.resolve("ran-" + what)));
    }
    return text.toString();
  }

  /** Forgets what was recorded so far. */
  void clear() {
    for (String what : ran()) {
      try {
        Files.delete(agent.resolve("ran-" + what));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void setUp() {
    remote.git(agent.getParent(), "init", "--quiet", "--bare", decoy.toString());
    Path record = agent.resolve("record");
    copy("record", record);
    copy("pre-push", agent.resolve("hooks/pre-push"));
    copy("decoy-pre-receive", decoy.resolve("hooks/pre-receive"));
    Path included = agent.resolve("included.config");
    write(included, fill(resource("included.config"), record, included), false);
    Path config = remote.workspace().resolve(".git/config");
    write(config, fill(resource("config"), record, included), true);
  }

  private String fill(String template, Path record, Path included) {
    return template
        .replace("@RECORD@", record.toString())
        .replace("@DECOY@", decoy.toString())
        .replace("@REMOTE@", remote.url())
        .replace("@INCLUDED@", included.toString())
        .replace("@HOOKS@", agent.resolve("hooks").toString());
  }

  private static void copy(String name, Path target) {
    write(target, resource(name), false);
    try {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = AgentClone.class.getResourceAsStream("/publish/agent/" + name)) {
      assertThat(in).as("agent file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text, boolean append) {
    try {
      Files.createDirectories(file.getParent());
      if (append) {
        Files.writeString(file, text, StandardOpenOption.APPEND);
      } else {
        Files.writeString(file, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
