package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiroworker.statemachine.json.Json;

/** The JSON intrinsics: States.StringToJson, States.JsonToString and States.JsonMerge. */
final class JsonFunctions {

  private JsonFunctions() {}

  static JsonNode stringToJson(Invocation call) {
    String text = call.text(0);
    if (text.isBlank()) {
      return NullNode.getInstance(); // AWS answers null for an empty string
    }
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw call.invalid("the string is " + e.getMessage());
    }
  }

  static JsonNode jsonToString(Invocation call) {
    return TextNode.valueOf(Json.write(call.value(0)));
  }

  static JsonNode merge(Invocation call) {
    ObjectNode first = call.object(0);
    ObjectNode second = call.object(1);
    // AWS supports shallow merging only; it takes any third argument but true as "shallow".
    if (call.value(2).isBoolean() && call.value(2).booleanValue()) {
      throw call.invalid("deep merging is not supported, the third argument must be false");
    }
    return first.deepCopy().setAll(second);
  }
}
