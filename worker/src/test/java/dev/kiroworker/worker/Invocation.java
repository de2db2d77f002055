package dev.kiroworker.worker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** One {@code kiro-worker} command line, run in-process: its exit code and what it printed. */
public record Invocation(int exitCode, String out, String err) {

  /** Runs {@code args} with nothing on stdin. */
  public static Invocation of(String... args) {
    return withStdin("", args);
  }

  public static Invocation withStdin(String stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin.getBytes(UTF_8)), args);
  }

  public static Invocation withStdin(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), stdin);
    int exitCode = KiroWorker.run(console, args);
    return new Invocation(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** Runs {@code args} with {@code variables} as the build steps' environment. */
  public static Invocation withVariables(Map<String, String> variables, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exitCode = KiroWorker.run(console, new BuildVariables(variables), args);
    return new Invocation(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  public List<String> outLines() {
    return out.lines().toList();
  }

  /** Stdout as JSON, after checking that it is exactly one line. */
  public JsonNode outJson() {
    assertThat(outLines()).as("stdout, expected one JSON line; stderr was:%n%s", err).hasSize(1);
    return Json.parse(out);
  }
}
