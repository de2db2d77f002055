package dev.kiroworker.worker.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kiro-worker invoke <HandlerName> --event FILE}: runs a task handler in this process and
 * prints its JSON result, or, when it throws, Lambda's error shape {@code {"errorType",
 * "errorMessage"}} (the error name the workflow's Retry and Catch would see) with exit code 1.
 * Endpoints come from {@code GITHUB_API_URL} and the AWS SDK's standard variables.
 */
@Command(
    name = "invoke",
    description = {
      "Runs one Lambda task handler in this process and prints its JSON result.",
      "Exit codes: 0 the handler returned, 1 it threw (errorType and errorMessage are printed),"
          + " 2 usage error, 3 the event file is unreadable."
    })
public final class InvokeCommand implements Callable<Integer> {

  private final Console console;
  private final HandlerRegistry registry;

  @Parameters(index = "0", paramLabel = "HANDLER", description = "AcquireLock, ReleaseLock, ...")
  String handlerName;

  @Option(
      names = "--event",
      required = true,
      paramLabel = "FILE",
      description = "The event JSON, or - for standard input.")
  Path event;

  public InvokeCommand(Console console) {
    this(console, HandlerRegistry.workflow());
  }

  InvokeCommand(Console console, HandlerRegistry registry) {
    this.console = console;
    this.registry = registry;
  }

  @Override
  public Integer call() {
    Supplier<RequestStreamHandler> factory =
        registry
            .find(handlerName)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "there is no handler named '"
                            + handlerName
                            + "'; choose one of "
                            + registry.names()));
    byte[] input = readEvent();
    var output = new ByteArrayOutputStream();
    try {
      factory.get().handleRequest(new ByteArrayInputStream(input), output, null);
    } catch (IOException | RuntimeException e) {
      console.out().println(errorLine(e));
      return ExitCode.NOT_SUCCEEDED;
    }
    console.out().println(output.toString(StandardCharsets.UTF_8));
    return ExitCode.OK;
  }

  private byte[] readEvent() {
    try (InputStream in =
        event.toString().equals("-") ? console.in() : Files.newInputStream(event)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw InvalidInputException.unreadable("event", event, e);
    }
  }

  private static String errorLine(Exception e) {
    ObjectNode error = JsonMapper.shared().createObjectNode();
    error.put("errorType", e.getClass().getName());
    error.put("errorMessage", SecretScrubber.patternsOnly().scrub(String.valueOf(e.getMessage())));
    return error.toString();
  }
}
