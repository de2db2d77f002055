package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Checks a payload template (Parameters, ResultSelector, ItemSelector) or an Assign block: a JSON
 * object in which, at any depth, a field whose name ends in {@code .$} holds a path or an intrinsic
 * function call as a string.
 */
final class PayloadTemplateChecker {

  private PayloadTemplateChecker() {}

  /** Checks the template held by field {@code name} of {@code owner}, if it has one. */
  static void check(ObjectFields owner, String name) {
    JsonNode template = owner.get(name);
    if (template == null) {
      return;
    }
    if (!template.isObject()) {
      String content = name.equals("Assign") ? "variable names and values" : "fields to pass on";
      owner.report(
          name, "must be a JSON object of " + content + ", got " + ObjectFields.show(template));
      return;
    }
    walk(template, owner.at(name), owner.context());
  }

  private static void walk(JsonNode node, Location location, ValidationContext context) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        Location at = location.field(field.getKey());
        if (field.getKey().endsWith(".$")) {
          dynamicValue(field.getValue(), at, context);
        } else {
          walk(field.getValue(), at, context);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), location.index(i), context);
      }
    }
  }

  private static void dynamicValue(JsonNode value, Location at, ValidationContext context) {
    if (!value.isTextual()) {
      context.report(
          at,
          "a field whose name ends in .$ must hold a path or an intrinsic function call as a"
              + " string, got "
              + ObjectFields.show(value));
      return;
    }
    String text = value.asText();
    if (PathSyntax.isIntrinsic(text)) {
      String problem = context.intrinsicCheck().check(text);
      if (problem != null) {
        context.report(at, problem);
      }
    } else if (!PathSyntax.isPath(text)) {
      context.report(
          at,
          "'"
              + text
              + "' is neither a JSONPath (such as $.name or $$.Execution.Id) nor an intrinsic"
              + " function call (starting with States.); a field whose name ends in .$ needs one"
              + " of them, or drop the .$ to pass the text as it is");
    }
  }
}
