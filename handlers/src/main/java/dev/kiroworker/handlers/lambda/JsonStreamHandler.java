package dev.kiroworker.handlers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * A Lambda handler that reads its event as JSON and writes its result as JSON with the module's one
 * mapper, so request and response records keep the exact field names the workflow uses. Exceptions
 * pass through: Lambda reports their class name as the error, which the workflow's Retry and Catch
 * match on.
 */
public abstract class JsonStreamHandler implements RequestStreamHandler {

  @Override
  public final void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode event = read(input);
    Object result = handle(event);
    JsonMapper.shared().writeValue(output, result);
  }

  /** Handles one event; returns a record (or any value Jackson writes). */
  protected abstract Object handle(JsonNode event);

  /** Binds an event to a request record, with a plain message when it does not fit. */
  protected static <T> T bind(JsonNode event, Class<T> type) {
    // Jackson maps JSON null to a null request, which would surface later as a
    // NullPointerException that no Catch names; say what is wrong at the boundary instead.
    if (event == null || !event.isObject()) {
      throw new PermanentException(
          "The event must be a JSON object that fits "
              + type.getSimpleName()
              + ", not "
              + (event == null
                  ? "nothing"
                  : event.getNodeType().toString().toLowerCase(Locale.ROOT))
              + ".");
    }
    try {
      return JsonMapper.shared().treeToValue(event, type);
    } catch (JsonProcessingException e) {
      throw new PermanentException(
          "The event does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
  }

  private static JsonNode read(InputStream input) {
    try {
      JsonNode event = JsonMapper.shared().readTree(input);
      if (event == null || event.isMissingNode()) {
        throw new PermanentException("The event is empty; a JSON object is expected.");
      }
      return event;
    } catch (JsonProcessingException e) {
      throw new PermanentException("The event is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PermanentException("The event could not be read: " + e.getMessage());
    }
  }
}
