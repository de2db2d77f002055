package dev.kiroworker.statemachine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandler;
import dev.kiroworker.statemachine.TaskRequest;
import dev.kiroworker.statemachine.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code arn:aws:states:::sns:publish}: hands each message to a local consumer, keeps a copy, and
 * answers with SNS's {@code MessageId} and response metadata.
 */
public final class SnsPublish implements TaskHandler {

  public static final String RESOURCE = "arn:aws:states:::sns:publish";

  private final Consumer<JsonNode> consumer;
  private final List<JsonNode> published = new ArrayList<>();

  public SnsPublish(Consumer<JsonNode> consumer) {
    this.consumer = consumer;
  }

  /** A publisher that only records. */
  public static SnsPublish recording() {
    return new SnsPublish(message -> {});
  }

  @Override
  public JsonNode invoke(TaskRequest request) {
    JsonNode input = request.input();
    boolean hasTarget = input.has("TopicArn") || input.has("TargetArn") || input.has("PhoneNumber");
    if (!hasTarget || !input.has("Message")) {
      throw new StatesException(
          "SNS.InvalidParameterException",
          "sns:publish needs a Message and one of TopicArn, TargetArn or PhoneNumber");
    }
    synchronized (published) {
      published.add(input);
    }
    consumer.accept(input);
    String requestId = UUID.randomUUID().toString();
    ObjectNode response = Json.object();
    response.put("MessageId", UUID.randomUUID().toString());
    ObjectNode http = response.putObject("SdkHttpMetadata");
    http.putObject("HttpHeaders").put("x-amzn-RequestId", requestId);
    http.put("HttpStatusCode", 200);
    response.putObject("SdkResponseMetadata").put("RequestId", requestId);
    return response;
  }

  /** The parameters of every publish so far, in order. */
  public List<JsonNode> published() {
    synchronized (published) {
      return List.copyOf(published);
    }
  }
}
