package dev.kiroworker.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One emulator process run by {@code test-fixtures/node-tools/start-emulator.js} on 127.0.0.1.
 *
 * <p>The script picks a free port itself and prints it, so no two runs race for a port. It exits
 * when its standard input closes; this class holds that pipe, so the emulator ends with the JVM
 * even when no shutdown hook runs.
 */
final class NodeEmulator implements AutoCloseable {

  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_CAPTURED_ERROR_CHARS = 4_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String emulator;
  private final Process process;
  private final int port;

  private NodeEmulator(String emulator, Process process, int port) {
    this.emulator = emulator;
    this.process = process;
    this.port = port;
  }

  /** Starts the named emulator ({@code dynamodb}, {@code s3}) and waits for its port. */
  static NodeEmulator start(
      HarnessSettings settings, Duration timeout, String emulator, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(settings.nodeExecutable());
    command.add(settings.nodeTools().resolve("start-emulator.js").toString());
    command.add(emulator);
    command.addAll(List.of(arguments));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(settings.nodeTools().toFile()).start();
    } catch (IOException e) {
      throw new EmulatorStartException(
          "Cannot run '"
              + settings.nodeExecutable()
              + "' to start the "
              + emulator
              + " emulator. Install Node.js 20+ and put it on PATH, or set -D"
              + HarnessSettings.NODE_PROPERTY
              + "=<path to node>.",
          e);
    }
    StringBuilder errors = new StringBuilder();
    // Pipe readers block in native reads for the emulator's whole life; on virtual threads they
    // hold carrier threads and can starve every other virtual thread of a 2-core machine.
    Thread errorReader =
        Thread.ofPlatform().daemon().start(() -> capture(process.getErrorStream(), errors));
    try {
      int port = readAnnouncedPort(process, timeout);
      return new NodeEmulator(emulator, process, port);
    } catch (RuntimeException e) {
      stop(process);
      awaitQuietly(errorReader);
      throw new EmulatorStartException(
          "The "
              + emulator
              + " emulator did not start: "
              + e.getMessage()
              + describeErrors(errors)
              + " Did `mvn verify` install the Node tools in "
              + settings.nodeTools()
              + "?",
          e);
    }
  }

  /** The emulator's endpoint, for an SDK client's {@code endpointOverride}. */
  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  int port() {
    return port;
  }

  boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    stop(process);
  }

  @Override
  public String toString() {
    return emulator + " emulator at " + endpoint();
  }

  private static int readAnnouncedPort(Process process, Duration timeout) {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> firstLine = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                firstLine.complete(output.readLine());
                // Keep draining so a chatty emulator never blocks on a full pipe.
                while (output.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                firstLine.completeExceptionally(e);
              }
            });
    String line;
    try {
      line = firstLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no port announced within " + timeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException("cannot read its output", (IOException) e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for its port", e);
    }
    if (line == null) {
      throw new IllegalStateException("it exited with code " + exitCode(process));
    }
    return parsePort(line);
  }

  static int parsePort(String line) {
    JsonNode announcement;
    try {
      announcement = JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("expected a JSON line with its port, got: " + line, e);
    }
    int port = announcement.path("port").asInt(-1);
    if (port < 1 || port > 65_535) {
      throw new IllegalStateException("expected a JSON line with its port, got: " + line);
    }
    return port;
  }

  private static int exitCode(Process process) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void capture(InputStream stream, StringBuilder sink) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        synchronized (sink) {
          if (sink.length() < MAX_CAPTURED_ERROR_CHARS) {
            sink.append(line).append('\n');
          }
        }
      }
    } catch (IOException e) {
      // The process ended; what was captured so far is all there is.
    }
  }

  private static void awaitQuietly(Thread reader) {
    try {
      reader.join(STOP_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String describeErrors(StringBuilder errors) {
    synchronized (errors) {
      String text = errors.toString().strip();
      return text.isEmpty() ? "." : ". It said: " + text + ".";
    }
  }

  /** Closes the process's stdin (it then exits by itself), and kills it if it does not. */
  private static void stop(Process process) {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed: the process is going away.
    }
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
