package dev.kiroworker.worker.build.runner;

import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kiro-worker build run-local}: runs a buildspec on this machine, as CodeBuild would. */
@Command(
    name = "run-local",
    description = {
      "Runs a buildspec (version 0.2) on this machine: its phases with CodeBuild's on-failure and"
          + " finally rules, then copies its reports and artifacts to the output folder.",
      "The scrubbed build log is printed as it runs, then one status line.",
      "Prefer --secrets-file to --secret: command-line arguments are visible to other users in"
          + " ps. See docs/local-build-runner.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the build SUCCEEDED",
      "1:the build FAILED, TIMED_OUT or ended in FAULT",
      "2:usage error: an unknown, missing or conflicting option",
      "3:invalid input: the buildspec, a folder, an override or a secret is not usable; nothing"
          + " was run"
    })
public final class RunLocalCommand implements Callable<Integer> {

  @Option(
      names = "--buildspec",
      required = true,
      paramLabel = "FILE",
      description = "The buildspec to run.")
  private Path buildspec;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "DIR",
      description = "The source folder: CODEBUILD_SRC_DIR, where the commands start.")
  private Path source;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description =
          "A new or empty folder for build.log, build.json, artifacts/ and reports/<group>/.")
  private Path output;

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "A plain-text environment override, as StartBuild's; wins over the buildspec.")
  private Map<String, String> environment = new LinkedHashMap<>();

  @Option(
      names = "--secret",
      paramLabel = "REF=VALUE",
      description = "The value of a parameter-store or secrets-manager reference (shows in ps).")
  private Map<String, String> secrets = new LinkedHashMap<>();

  @Option(
      names = "--secrets-file",
      paramLabel = "FILE",
      description = "A file of REF=VALUE lines; blank lines and lines starting with # are skipped.")
  private Path secretsFile;

  @Option(
      names = "--timeout-minutes",
      paramLabel = "N",
      description = "The overall build timeout. Default: 60, as CodeBuild's.")
  private int timeoutMinutes = 60;

  @Option(
      names = "--project",
      paramLabel = "NAME",
      description = "The project name in the build id (NAME:uuid). Default: local.")
  private String project = "local";

  private final Console console;

  RunLocalCommand(Console console) {
    this.console = console;
  }

  /** The command, printing to {@code console}. */
  public static RunLocalCommand create(Console console) {
    return new RunLocalCommand(console);
  }

  @Override
  public Integer call() {
    Map<String, String> allSecrets = new LinkedHashMap<>();
    if (secretsFile != null) {
      allSecrets.putAll(readSecretsFile(secretsFile));
    }
    allSecrets.putAll(secrets);
    LocalBuildRequest.Builder request =
        LocalBuildRequest.builder(buildspec, source, output)
            .projectName(project)
            .secrets(allSecrets)
            .timeout(Duration.ofMinutes(timeoutMinutes))
            .log(console.out()::println);
    environment.forEach(
        (name, value) -> request.override(EnvironmentOverride.plaintext(name, value)));
    LocalBuildResult result = LocalBuildRunner.create().run(request.build());
    console
        .out()
        .println(
            "build "
                + result.buildId()
                + " "
                + result.status()
                + " in "
                + result.phases().stream()
                    .map(PhaseResult::duration)
                    .reduce(Duration.ZERO, Duration::plus)
                    .toSeconds()
                + " s; output in "
                + output);
    return result.status().succeeded() ? ExitCode.OK : ExitCode.NOT_SUCCEEDED;
  }

  /** Lines of REF=VALUE; a bad line is named by its number only, as it may hold a secret. */
  static Map<String, String> readSecretsFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InvalidInputException.unreadable("secrets file", file, e);
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new InvalidInputException(
            "the secrets file " + file + " line " + (i + 1) + " is not REF=VALUE");
      }
      secrets.put(line.substring(0, equals).strip(), line.substring(equals + 1));
    }
    return secrets;
  }
}
