package dev.kiroworker.worker.build.runner;

import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Emulates buildspec 0.2's single shell instance: each command runs in a fresh {@code <shell> -c
 * <wrapper>}, and the wrapper saves the environment and the working directory when the command
 * ends, so that the next command (in this phase or a later one) starts where this one left off:
 * {@code cd}, {@code export} and plain assignments carry over. Plain assignments carry over because
 * the wrapper turns on {@code set -a}, which exports every variable a command assigns.
 *
 * <p>The wrapper is the only script text built here; the command text is inserted verbatim and
 * comes from the buildspec (the project's own configuration). Inputs reach commands as environment
 * variables only.
 */
final class ShellSession {

  /** Variables the shell maintains itself; carrying them over would only make them wrong. */
  private static final Set<String> SHELL_OWNED = Set.of("_", "SHLVL", "PWD");

  private static final String MARK = "__kiro_";

  private final String shell;
  private final Set<String> inheritedNames;
  private final Path stateDirectory;
  private final ProcessRunner runner;
  private Map<String, String> environment;
  private Path workingDirectory;

  /**
   * @param inheritedNames the variables every child inherits from this JVM; those the build unset
   *     are unset again at the start of each command
   * @param stateDirectory a private folder for the files the wrapper writes
   */
  ShellSession(
      String shell,
      Map<String, String> environment,
      Path workingDirectory,
      Set<String> inheritedNames,
      Path stateDirectory,
      ProcessRunner runner) {
    this.shell = shell;
    this.environment = new LinkedHashMap<>(environment);
    this.workingDirectory = workingDirectory;
    this.inheritedNames = Set.copyOf(inheritedNames);
    this.stateDirectory = stateDirectory;
    this.runner = runner;
    if (stateDirectory.toString().contains("'")) {
      throw new IllegalArgumentException("the state folder's path must not contain a quote");
    }
  }

  Map<String, String> environment() {
    return Map.copyOf(environment);
  }

  Path workingDirectory() {
    return workingDirectory;
  }

  /** Sets a variable for the commands that follow, as CodeBuild does between phases. */
  void set(String name, String value) {
    environment.put(name, value);
  }

  /** Runs {@code command} within {@code timeout}, passing its output lines to {@code lines}. */
  ProcessResult run(String command, Duration timeout, Consumer<String> lines) {
    Path envFile = stateDirectory.resolve("env");
    Path pwdFile = stateDirectory.resolve("pwd");
    try {
      Files.deleteIfExists(envFile);
      Files.deleteIfExists(pwdFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reset the shell state in " + stateDirectory, e);
    }
    ProcessCommand process =
        new ProcessCommand(
            List.of(shell, "-c", wrapper(command, envFile, pwdFile)),
            workingDirectory,
            environment,
            timeout);
    ProcessResult result = runner.run(process, lines);
    restore(envFile, pwdFile);
    return result;
  }

  /**
   * The script around a command. The EXIT trap also runs when the command calls {@code exit}, so
   * the state is saved whatever way the command ends (except a kill at the timeout).
   */
  private String wrapper(String command, Path envFile, Path pwdFile) {
    StringBuilder script = new StringBuilder();
    script.append(MARK).append("save() {\n");
    script.append("  ").append(MARK).append("status=$?\n");
    script.append("  pwd > '").append(pwdFile).append("'\n");
    script.append("  env -0 > '").append(envFile).append("'\n");
    script.append("  exit \"$").append(MARK).append("status\"\n");
    script.append("}\n");
    script.append("trap ").append(MARK).append("save EXIT\n");
    for (String name : inheritedNames) {
      if (!environment.containsKey(name) && BuildspecParser.VARIABLE_NAME.matcher(name).matches()) {
        script.append("unset ").append(name).append(" 2>/dev/null\n");
      }
    }
    script.append("set -a\n");
    script.append(command).append('\n');
    return script.toString();
  }

  private void restore(Path envFile, Path pwdFile) {
    try {
      if (Files.exists(envFile)) {
        environment = parseEnv(Files.readString(envFile, StandardCharsets.UTF_8));
        // It holds the secrets' values; they stay on disk no longer than needed.
        Files.delete(envFile);
      }
      if (Files.exists(pwdFile)) {
        Path pwd = Path.of(Files.readString(pwdFile, StandardCharsets.UTF_8).strip());
        if (Files.isDirectory(pwd)) {
          workingDirectory = pwd;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shell state in " + stateDirectory, e);
    }
  }

  private static Map<String, String> parseEnv(String text) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String entry : text.split("\0")) {
      int equals = entry.indexOf('=');
      if (equals > 0) {
        String name = entry.substring(0, equals);
        if (!SHELL_OWNED.contains(name) && !name.contains(MARK)) {
          parsed.put(name, entry.substring(equals + 1));
        }
      }
    }
    return parsed;
  }
}
