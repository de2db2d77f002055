package dev.kiroworker.worker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bare git repository standing in for {@code <server>/<owner>/<name>.git}: {@code main} holds
 * {@code test-fixtures/targets/node-sample} (changed by an edit), and the work item's branch adds a
 * spec with two open tasks for the fake agent.
 */
public final class SampleRemote {

  private final ProcessRunner processes = new ProcessRunner(SecretScrubber.patternsOnly());
  private final Path bare;
  private final String branch;

  private SampleRemote(Path bare, String branch) {
    this.bare = bare;
    this.branch = branch;
  }

  /**
   * Creates {@code <server>/<repository>.git} from the sample.
   *
   * @param specPath the spec folder on the branch, e.g. {@code .kiro/specs/feature-export-csv}
   */
  public static SampleRemote create(
      Path repositoryRoot,
      Path server,
      String repository,
      String branch,
      String specPath,
      Path scratch,
      Consumer<Path> edit) {
    SampleRemote remote = new SampleRemote(server.resolve(repository + ".git"), branch);
    remote.populate(repositoryRoot, specPath, scratch, edit);
    return remote;
  }

  /** The branch's commit subjects, newest first. */
  public List<String> subjects() {
    return git(bare, "log", "--format=%s", branch).output().lines().toList();
  }

  private void populate(Path repositoryRoot, String specPath, Path work, Consumer<Path> edit) {
    mkdirs(bare.getParent());
    mkdirs(work);
    git(work, "init", "--quiet", "--bare", "--initial-branch=main", bare.toString());
    git(work, "init", "--quiet", "--initial-branch=main");
    copyTree(repositoryRoot.resolve("test-fixtures/targets/node-sample"), work);
    edit.accept(work);
    write(work.resolve(".gitignore"), "node_modules/\ncoverage/\nreports/\n");
    git(work, "add", "--all");
    commit(work, "chore: start");
    git(work, "remote", "add", "origin", bare.toString());
    git(work, "push", "--quiet", "origin", "main");
    git(work, "checkout", "--quiet", "-b", branch);
    write(work.resolve(specPath + "/requirements.md"), "# Requirements\n\nGrades for scores.\n");
    write(work.resolve(specPath + "/design.md"), "# Design\n\nOne function.\n");
    write(
        work.resolve(specPath + "/tasks.md"),
        "# Tasks\n\n- [ ] 1. Grade the pass band\n- [ ] 2. Grade the honours band\n");
    git(work, "add", "--all");
    commit(work, "docs: spec");
    git(work, "push", "--quiet", "origin", branch);
  }

  private void commit(Path work, String message) {
    git(
        work,
        "-c",
        "user.name=Author",
        "-c",
        "user.email=author@example.com",
        "commit",
        "--quiet",
        "-m",
        message);
  }

  private ProcessResult git(Path folder, String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    ProcessResult result =
        processes.run(new ProcessCommand(command, folder, Map.of(), Duration.ofMinutes(1)));
    assertThat(result.succeeded()).as("%s: %s", command, result.output()).isTrue();
    return result;
  }

  /** The repository's root folder: {@code kiro.repo.root}, else the module's parent. */
  public static Path repositoryRoot() {
    String root = System.getProperty("kiro.repo.root");
    Path folder = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    assertThat(folder.resolve("statemachine/work-item.asl.json")).exists();
    return folder;
  }

  /** Replaces {@code from} with {@code to} in {@code file}, which must contain it. */
  public static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      assertThat(text).contains(from);
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the folder {@code from} with everything in it into {@code to}. */
  public static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    mkdirs(file.getParent());
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void mkdirs(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
