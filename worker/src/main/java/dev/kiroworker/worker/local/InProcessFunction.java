package dev.kiroworker.worker.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.LambdaFunction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A Lambda handler behind the engine's {@link LambdaFunction}: the payload goes in as JSON bytes
 * and the result comes back from JSON bytes, as through the Lambda runtime, so the handler's own
 * mapper decides the field names. Its exceptions pass through for the engine to name.
 */
public final class InProcessFunction implements LambdaFunction {

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final RequestStreamHandler handler;

  public InProcessFunction(RequestStreamHandler handler) {
    this.handler = handler;
  }

  @Override
  public JsonNode handle(JsonNode payload) throws Exception {
    byte[] event = Json.write(payload == null ? Json.object() : payload).getBytes(UTF8);
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), result, null);
    return Json.parse(result.toString(UTF8));
  }
}
