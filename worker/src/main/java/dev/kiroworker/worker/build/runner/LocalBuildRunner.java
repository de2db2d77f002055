package dev.kiroworker.worker.build.runner;

import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs a buildspec on this machine as CodeBuild would run it in a container, and leaves in the
 * output folder {@code build.log}, {@code artifacts/}, {@code reports/<group>/} and {@code
 * build.json} (the {@code Build} object). See docs/local-build-runner.md for what is emulated.
 *
 * <p>Everything that can be checked before a command runs is checked first: the buildspec, the
 * folders, the overrides and every secret. Those problems are a {@link BuildspecException}; what
 * happens after the first command is a result with a status, never an exception.
 */
public final class LocalBuildRunner {

  private final Map<String, String> processEnvironment;
  private final Clock clock;

  /**
   * @param processEnvironment this process's environment: commands inherit it, and secrets not
   *     given explicitly are looked up in it by variable name
   */
  public LocalBuildRunner(Map<String, String> processEnvironment, Clock clock) {
    this.processEnvironment = Map.copyOf(processEnvironment);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A runner for this process's environment and the system clock. */
  public static LocalBuildRunner create() {
    return new LocalBuildRunner(System.getenv(), Clock.systemUTC());
  }

  /**
   * Runs {@code request}'s build to its end.
   *
   * @throws BuildspecException when the build cannot start; no command has run
   */
  public LocalBuildResult run(LocalBuildRequest request) {
    Path source = existingFolder(request.sourceDirectory());
    Path output = emptyFolder(request.outputDirectory());
    Instant start = clock.instant();
    BuildIdentity identity =
        new BuildIdentity(
            request.projectName(), UUID.randomUUID().toString(), request.buildNumber(), region());
    BuildEnvironment environment =
        BuildEnvironment.prepare(
            request.buildspec(),
            request.overrides(),
            new SecretResolver(request.secrets(), processEnvironment),
            processEnvironment,
            identity,
            source,
            start);
    SecretScrubber scrubber = SecretScrubber.of(environment.secretValues());
    Path state = createStateFolder();
    try (BuildLog log =
        new BuildLog(createFolder(output).resolve("build.log"), scrubber, request.log(), clock)) {
      LocalBuildResult result =
          execute(request, identity, environment, scrubber, source, output, state, log, start);
      log.container("Build " + identity.id() + " completed: " + result.status());
      writeBuildJson(result, output);
      return result;
    } finally {
      deleteQuietly(state);
    }
  }

  private LocalBuildResult execute(
      LocalBuildRequest request,
      BuildIdentity identity,
      BuildEnvironment environment,
      SecretScrubber scrubber,
      Path source,
      Path output,
      Path state,
      BuildLog log,
      Instant start) {
    Buildspec spec = request.buildspec();
    log.container("Running build " + identity.id() + " in " + source + " with " + spec.shell());
    spec.warnings().forEach(warning -> log.container("Warning: " + warning));
    ShellSession session =
        new ShellSession(
            spec.shell(),
            environment.variables(),
            source,
            processEnvironment.keySet(),
            state,
            new ProcessRunner(scrubber));
    PhaseRunner phaseRunner = new PhaseRunner(session, log, clock, start.plus(request.timeout()));
    List<PhaseResult> phases = new ArrayList<>(PhaseSequence.run(spec, phaseRunner, session));
    Map<String, String> exported = exported(spec, session.environment(), scrubber);
    OutputCollector.Collected collected =
        new OutputCollector(spec, source, output, log, clock).collect(session.environment());
    phases.add(collected.phase());
    return new LocalBuildResult(
        identity.id(),
        identity.arn(),
        identity.buildNumber(),
        identity.projectName(),
        PhaseSequence.status(phases),
        phases,
        exported,
        OutputCollector.artifactsDirectory(output),
        collected.artifactName(),
        collected.artifacts(),
        collected.reports(),
        log.file(),
        start,
        clock.instant(),
        request.overrides());
  }

  /** Read once the phases are over; an exported variable that was never set is empty. */
  private static Map<String, String> exported(
      Buildspec spec, Map<String, String> environment, SecretScrubber scrubber) {
    Map<String, String> exported = new LinkedHashMap<>();
    for (String name : spec.exportedVariables()) {
      exported.put(name, scrubber.scrub(environment.getOrDefault(name, "")));
    }
    return exported;
  }

  private String region() {
    String region = processEnvironment.getOrDefault("AWS_REGION", "");
    return region.isBlank()
        ? processEnvironment.getOrDefault("AWS_DEFAULT_REGION", "local")
        : region;
  }

  private static Path existingFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new BuildspecException(
          "the source folder " + folder + " does not exist or is not a folder");
    }
    return folder.toAbsolutePath().normalize();
  }

  // A second build into the same folder would mix two builds' files; nothing is overwritten.
  private static Path emptyFolder(Path folder) {
    if (Files.exists(folder)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(folder)) {
        empty = entries.findAny().isEmpty();
      } catch (IOException e) {
        throw new BuildspecException("cannot read the output folder " + folder + ": " + e);
      }
      if (!empty) {
        throw new BuildspecException(
            "the output folder " + folder + " is not empty; give a new or empty folder");
      }
    }
    return folder.toAbsolutePath().normalize();
  }

  private static Path createFolder(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder " + folder, e);
    }
  }

  private static Path createStateFolder() {
    try {
      return Files.createTempDirectory("kiro-build-shell-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the shell state", e);
    }
  }

  private static void writeBuildJson(LocalBuildResult result, Path output) {
    Path file = output.resolve("build.json");
    String location = OutputCollector.artifactsDirectory(output).toUri().toString();
    try {
      JsonMapper.shared()
          .writerWithDefaultPrettyPrinter()
          .writeValue(file.toFile(), BuildJson.of(result, location));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // The folder is private to this user (0700) and its env file is deleted after every command.
    }
  }
}
