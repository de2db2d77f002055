package dev.kiroworker.handlers.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold invocation in a fresh JVM, the way the Lambda runtime makes it: build the handler with
 * its public constructor, then handle one event. Prints the result.
 */
public final class FirstInvocation {

  private FirstInvocation() {}

  public static void main(String... args) throws Exception {
    var handler =
        (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    var output = new ByteArrayOutputStream();
    try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
      handler.handleRequest(event, output, null);
    }
    System.out.println(output.toString(StandardCharsets.UTF_8));
  }
}
