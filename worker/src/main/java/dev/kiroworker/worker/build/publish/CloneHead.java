package dev.kiroworker.worker.build.publish;

import dev.kiroworker.worker.build.BuildInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the commit a clone's {@code HEAD} points at from the clone's files. Git is not asked: any
 * git command run in the clone reads its {@code .git/config}, which the agent could fill with
 * programs for git to start.
 *
 * <p>Only the formats git 2.39 writes are read: {@code HEAD} and loose refs holding an id or {@code
 * ref: <name>}, and {@code packed-refs}. File contents never go into a message: a ref may be a
 * symbolic link to any file the build can read.
 */
final class CloneHead {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern REF = Pattern.compile("refs/[A-Za-z0-9._/-]+");
  private static final String SYMBOLIC = "ref: ";
  private static final int MAX_SYMBOLIC_REFS = 5;
  private static final long MAX_REF_BYTES = 4096;

  private CloneHead() {}

  /**
   * The commit id {@code HEAD} of the git directory {@code gitDir} resolves to; not checked to be a
   * commit.
   *
   * @throws BuildInputException when {@code HEAD} does not resolve to an id
   */
  static String read(Path gitDir) {
    String name = "HEAD";
    for (int depth = 0; depth <= MAX_SYMBOLIC_REFS; depth++) {
      String value = value(gitDir, name);
      if (SHA.matcher(value).matches()) {
        return value;
      }
      if (!value.startsWith(SYMBOLIC)) {
        throw noCommit(gitDir, name + " holds neither a commit id nor a symbolic ref");
      }
      String target = value.substring(SYMBOLIC.length());
      if (!REF.matcher(target).matches() || target.contains("..")) {
        throw noCommit(gitDir, name + " points at a ref name that is not accepted");
      }
      name = target;
    }
    throw noCommit(gitDir, "HEAD is a chain of more than " + MAX_SYMBOLIC_REFS + " symbolic refs");
  }

  private static String value(Path gitDir, String name) {
    return loose(gitDir, name)
        .or(() -> packed(gitDir, name))
        .orElseThrow(() -> noCommit(gitDir, "HEAD leads to " + name + ", which does not exist"));
  }

  private static Optional<String> loose(Path gitDir, String name) {
    Path file = gitDir.resolve(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      // A folder, a pipe or a device would block or fail the read; a ref is a small file.
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_REF_BYTES) {
        throw noCommit(gitDir, name + " is not a ref file");
      }
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw unreadable(gitDir, name, e);
    }
  }

  private static Optional<String> packed(Path gitDir, String name) {
    Path file = gitDir.resolve("packed-refs");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String suffix = " " + name;
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> line.endsWith(suffix))
          .map(line -> line.substring(0, line.length() - suffix.length()))
          .filter(sha -> SHA.matcher(sha).matches())
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(gitDir, "packed-refs", e);
    }
  }

  private static BuildInputException noCommit(Path gitDir, String why) {
    return new BuildInputException(
        "The workspace " + gitDir.getParent() + " has no commit to push: " + why + ".");
  }

  private static BuildInputException unreadable(Path gitDir, String name, Exception e) {
    return new BuildInputException(
        "The workspace " + gitDir.getParent() + " has no commit to push: cannot read " + name, e);
  }
}
