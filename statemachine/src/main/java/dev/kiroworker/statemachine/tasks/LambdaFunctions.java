package dev.kiroworker.statemachine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.TaskRequest;
import dev.kiroworker.statemachine.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda functions by name, reachable both ways a definition can call them: a function ARN as the
 * Resource (the result is the payload itself) and {@code arn:aws:states:::lambda:invoke} with a
 * {@code FunctionName} parameter (the result wraps the payload as AWS does: {@code Payload}, {@code
 * StatusCode}, {@code ExecutedVersion}, {@code SdkHttpMetadata}, {@code SdkResponseMetadata}).
 *
 * <p>A function's exception becomes the error named by its fully qualified class name, with
 * Lambda's {@code {"errorMessage","errorType","stackTrace"}} JSON as the cause.
 */
public final class LambdaFunctions {

  public static final String INVOKE = "arn:aws:states:::lambda:invoke";

  // function:Name, optionally :alias or :version; the name alone or a partial ARN also work.
  private static final Pattern FUNCTION =
      Pattern.compile(
          "(?:arn:aws[a-z-]*:lambda:[^:]+:\\d+:function:|\\d+:function:)?([A-Za-z0-9_-]+)(?::[A-Za-z0-9$_-]+)?");

  private final Map<String, LambdaFunction> functions = new LinkedHashMap<>();

  /** Adds a function under its name (the last part of its ARN). */
  public LambdaFunctions function(String name, LambdaFunction function) {
    if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException(
          "a Lambda function name is 1 to 64 letters, digits, '-' or '_', got '" + name + "'");
    }
    functions.put(name, function);
    return this;
  }

  /** Binds {@code lambda:invoke} and every function ARN that names one of these functions. */
  public TaskHandlers.Builder bindTo(TaskHandlers.Builder tasks) {
    tasks.bind(INVOKE, this::invoke);
    tasks.bindPattern("arn:aws[a-z-]*:lambda:[^:]+:\\d+:function:.+", this::direct);
    return tasks;
  }

  private JsonNode direct(TaskRequest request) {
    return call(request.resource(), request.input());
  }

  private JsonNode invoke(TaskRequest request) {
    JsonNode name = request.input().get("FunctionName");
    if (name == null || !name.isTextual()) {
      throw new StatesException(
          "Lambda.InvalidParameterValueException", "lambda:invoke needs a FunctionName parameter");
    }
    JsonNode payload = call(name.asText(), request.input().path("Payload"));
    ObjectNode response = Json.object();
    response.put("ExecutedVersion", "$LATEST");
    response.set("Payload", payload);
    ObjectNode http = response.putObject("SdkHttpMetadata");
    ObjectNode headers = Json.object();
    String requestId = UUID.randomUUID().toString();
    headers.put("Content-Type", "application/json");
    headers.put("X-Amz-Executed-Version", "$LATEST");
    headers.put("x-amzn-Remapped-Content-Length", "0");
    headers.put("x-amzn-RequestId", requestId);
    http.set("AllHttpHeaders", allHeaders(headers));
    http.set("HttpHeaders", headers);
    http.put("HttpStatusCode", 200);
    response.putObject("SdkResponseMetadata").put("RequestId", requestId);
    response.put("StatusCode", 200);
    return response;
  }

  private JsonNode call(String functionReference, JsonNode payload) {
    Matcher matcher = FUNCTION.matcher(functionReference);
    LambdaFunction function = matcher.matches() ? functions.get(matcher.group(1)) : null;
    if (function == null) {
      throw new StatesException(
          "Lambda.ResourceNotFoundException",
          "Function not found: "
              + functionReference
              + " (local functions: "
              + String.join(", ", functions.keySet())
              + ")");
    }
    try {
      JsonNode result = function.handle(payload.isMissingNode() ? null : payload);
      return result == null ? Json.MAPPER.nullNode() : result;
    } catch (StatesException e) {
      throw e;
    } catch (Exception e) {
      throw new StatesException(e.getClass().getName(), Json.write(lambdaError(e)));
    }
  }

  /** The error document the Lambda Java runtime returns for an uncaught exception. */
  static ObjectNode lambdaError(Throwable thrown) {
    ObjectNode error = Json.object();
    error.put("errorMessage", thrown.getMessage());
    error.put("errorType", thrown.getClass().getName());
    ArrayNode trace = error.putArray("stackTrace");
    for (StackTraceElement frame : thrown.getStackTrace()) {
      trace.add(frame.toString());
    }
    return error;
  }

  private static ObjectNode allHeaders(ObjectNode headers) {
    ObjectNode all = Json.object();
    headers.properties().forEach(h -> all.putArray(h.getKey()).add(h.getValue().asText()));
    return all;
  }
}
