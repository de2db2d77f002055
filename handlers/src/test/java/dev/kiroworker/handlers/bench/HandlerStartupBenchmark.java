package dev.kiroworker.handlers.bench;

import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.HarnessSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Measures each handler's first invocation in a fresh JVM, from the shaded Lambda jar, against the
 * local emulators, side by side with a bare hello-world JVM in the same run, and prints the Lambda
 * jar's size. Not a test; run after packaging:
 *
 * <pre>
 * mvn -o -q -pl handlers -am package -DskipTests
 * mvn -o -q -pl handlers test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.kiroworker.handlers.bench.HandlerStartupBenchmark \
 *     -Dexec.cleanupDaemonThreads=false
 * </pre>
 */
public final class HandlerStartupBenchmark {

  private static final int ROUNDS = 5;
  private static final String EXECUTION =
      "arn:aws:states:us-east-1:123456789012:execution:kiro-worker-bench:run-";

  private HandlerStartupBenchmark() {}

  public static void main(String... args) throws Exception {
    PrintStream out = System.out;
    Path root = HarnessSettings.fromEnvironment().repositoryRoot();
    Path jar = lambdaJar(root.resolve("handlers/target"));
    Path testClasses = root.resolve("handlers/target/test-classes");
    Path work = Files.createTempDirectory("kiro-bench-");
    try (AwsEmulators aws = AwsEmulators.start(HarnessSettings.fromEnvironment());
        GitHubStandIns outside = new GitHubStandIns()) {
      Map<String, String> environment = prepare(aws, root, work);
      environment.putAll(outside.environment());
      Map<String, Command> commands = commands(work, root);
      String classpath = jar + java.io.File.pathSeparator + testClasses;
      Map<String, List<Long>> times = new LinkedHashMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (var entry : commands.entrySet()) {
          Command command = entry.getValue().forRound(round, work);
          times
              .computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
              .add(run(classpath, command, environment));
        }
      }
      report(out, jar, times);
    }
  }

  private record Command(String mainClass, List<String> arguments) {
    Command forRound(int round, Path work) throws IOException {
      if (arguments.size() == 2 && arguments.get(1).endsWith("acquire.json")) {
        Path event = work.resolve("acquire-" + round + ".json");
        Files.writeString(
            event,
            "{\"executionArn\":\""
                + EXECUTION
                + round
                + "\",\"workItemId\":\"PVTI_bench"
                + round
                + "\"}");
        return new Command(mainClass, List.of(arguments.get(0), event.toString()));
      }
      return this;
    }
  }

  private static Map<String, Command> commands(Path work, Path root) throws IOException {
    Path release =
        Files.writeString(
            work.resolve("release.json"), "{\"executionArn\":\"" + EXECUTION + "x\"}");
    Path parse =
        Files.writeString(
            work.resolve("parse.json"), "{\"reportsLocation\":\"s3://bench-reports/build-1/\"}");
    String first = FirstInvocation.class.getName();
    Map<String, Command> commands = new LinkedHashMap<>();
    Path events = root.resolve("handlers/src/test/resources/pullrequest");
    commands.put("hello-world JVM", new Command(Hello.class.getName(), List.of()));
    commands.put(
        "DiscoverWorkItem",
        new Command(
            first,
            List.of(
                "dev.kiroworker.handlers.DiscoverWorkItemHandler",
                Files.writeString(work.resolve("discover.json"), "{}").toString())));
    commands.put(
        "ValidateSpec",
        new Command(
            first,
            List.of(
                "dev.kiroworker.handlers.ValidateSpecHandler",
                events.resolve("validate-spec.json").toString())));
    commands.put(
        "AcquireLock",
        new Command(
            first,
            List.of(
                "dev.kiroworker.handlers.AcquireLockHandler",
                work.resolve("acquire.json").toString())));
    commands.put(
        "ReleaseLock",
        new Command(
            first, List.of("dev.kiroworker.handlers.ReleaseLockHandler", release.toString())));
    commands.put(
        "ParseCoverage",
        new Command(
            first, List.of("dev.kiroworker.handlers.ParseCoverageHandler", parse.toString())));
    commands.put(
        "UpdatePullRequest",
        new Command(
            first,
            List.of(
                "dev.kiroworker.handlers.UpdatePullRequestHandler",
                events.resolve("report-failure.json").toString())));
    return commands;
  }

  private static Map<String, String> prepare(AwsEmulators aws, Path root, Path work)
      throws IOException {
    String table = aws.createTable("bench-locks", "lockId");
    aws.s3().createBucket(request -> request.bucket("bench-reports"));
    Path sample = root.resolve("test-fixtures/coverage/java-sample");
    try (Stream<Path> files = Files.list(sample)) {
      for (Path file : files.toList()) {
        aws.s3()
            .putObject(
                request -> request.bucket("bench-reports").key("build-1/" + file.getFileName()),
                RequestBody.fromFile(file));
      }
    }
    Map<String, String> environment = new HashMap<>(aws.environment());
    environment.put("KIRO_LOCK_TABLE", table);
    environment.put("KIRO_S3_EMULATOR", "true");
    return environment;
  }

  private static long run(String classpath, Command command, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> line =
        new ArrayList<>(List.of(javaExecutable(), "-cp", classpath, command.mainClass()));
    line.addAll(command.arguments());
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit != 0 || output.contains("errorType") || output.contains("Exception")) {
      throw new IllegalStateException(
          command.mainClass() + " " + command.arguments() + " failed: " + output);
    }
    return elapsed;
  }

  private static void report(PrintStream out, Path jar, Map<String, List<Long>> times)
      throws IOException {
    out.printf("Lambda jar %s: %.1f MiB%n", jar.getFileName(), Files.size(jar) / 1048576.0);
    long baseline = median(times.get("hello-world JVM"));
    out.printf(
        "%-18s %10s %8s   (median of %d fresh JVMs each)%n", "", "first call", "ratio", ROUNDS);
    for (var entry : times.entrySet()) {
      long median = median(entry.getValue());
      out.printf(
          "%-18s %7d ms %8.1f%n",
          entry.getKey(), Duration.ofNanos(median).toMillis(), (double) median / baseline);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static Path lambdaJar(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("-lambda.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no Lambda jar in "
                          + target
                          + "; run mvn -pl handlers -am package -DskipTests first"));
    }
  }
}
