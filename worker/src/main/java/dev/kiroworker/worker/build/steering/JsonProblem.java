package dev.kiroworker.worker.build.steering;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** Says what is wrong with a JSON file the pack or the state file could not be parsed from. */
final class JsonProblem {

  private JsonProblem() {}

  /**
   * Jackson's reason with the line and column, without its "[Source: REDACTED ...]" suffix, which
   * only says that the shared mapper keeps parsed text out of messages.
   */
  static String describe(IOException e) {
    if (e instanceof JsonProcessingException json && json.getLocation() != null) {
      JsonLocation at = json.getLocation();
      return "%s (line %d, column %d)"
          .formatted(json.getOriginalMessage(), at.getLineNr(), at.getColumnNr());
    }
    return e.toString();
  }
}
