package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.json.JsonPaths;
import dev.kiroworker.statemachine.json.MissingPathException;
import dev.kiroworker.statemachine.json.ReferencePath;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSONPath data flow of a state: InputPath, Parameters (and ItemSelector), ResultSelector,
 * ResultPath, OutputPath. A path that selects nothing is a {@code States.Runtime} error, which AWS
 * never lets Retry or Catch handle; a ResultPath that cannot be applied is the catchable {@code
 * States.ResultPathMatchFailure}.
 */
final class DataFlow {

  private final IntrinsicEvaluator intrinsics;

  DataFlow(IntrinsicEvaluator intrinsics) {
    this.intrinsics = intrinsics;
  }

  /** InputPath or OutputPath: null gives {@code {}}, as AWS does. */
  JsonNode select(String field, String path, JsonNode data, JsonNode context) {
    if (path == null) {
      return Json.object();
    }
    if ("$".equals(path)) {
      return data;
    }
    try {
      return JsonPaths.read(path, data, context);
    } catch (MissingPathException e) {
      throw StatesException.runtime(
          "Invalid path '" + path + "' : No results for path: " + path + " (" + field + ")");
    }
  }

  /** Parameters, ItemSelector or ResultSelector: {@code .$} fields are paths or intrinsics. */
  JsonNode template(JsonNode template, JsonNode data, JsonNode context) {
    if (template == null) {
      return data;
    }
    return fill(template, data, context);
  }

  private JsonNode fill(JsonNode template, JsonNode data, JsonNode context) {
    if (template.isArray()) {
      ArrayNode array = Json.MAPPER.createArrayNode();
      template.forEach(element -> array.add(fill(element, data, context)));
      return array;
    }
    if (!template.isObject()) {
      return template;
    }
    ObjectNode filled = Json.object();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      if (key.endsWith(".$")) {
        String name = key.substring(0, key.length() - 2);
        filled.set(name, resolve(key, field.getValue().asText(), data, context));
      } else {
        filled.set(key, fill(field.getValue(), data, context));
      }
    }
    return filled;
  }

  /** The value of a path or intrinsic function given for {@code field}. */
  JsonNode value(String field, String expression, JsonNode data, JsonNode context) {
    return resolve(field, expression, data, context);
  }

  private JsonNode resolve(String key, String expression, JsonNode data, JsonNode context) {
    if (expression.startsWith("States.")) {
      return intrinsics.evaluate(expression, data, context);
    }
    try {
      return JsonPaths.read(expression, data, context);
    } catch (MissingPathException e) {
      boolean fromContext = expression.startsWith("$$");
      throw StatesException.runtime(
          "The JSONPath '"
              + expression
              + "' specified for the field '"
              + key
              + "' could not be found in the "
              + (fromContext ? "context object" : "input '" + Json.write(data) + "'"));
    }
  }

  /** ResultPath: {@code $} keeps only the result, null only the input. */
  JsonNode merge(String resultPath, JsonNode rawInput, JsonNode result) {
    if (resultPath == null) {
      return rawInput;
    }
    try {
      return ReferencePath.parse(resultPath).put(rawInput, result);
    } catch (IllegalStateException e) {
      throw new StatesException(
          StatesErrors.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ResultPath '"
              + resultPath
              + "' to input "
              + Json.write(rawInput)
              + ": "
              + e.getMessage());
    }
  }
}
