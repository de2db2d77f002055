package dev.kiroworker.cdk.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiroworker.cdk.SynthesizedApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow stack's synthesized template as a JSON tree, with the look-ups its tests share:
 * resources by type, a function's role policy, and references resolved to readable stand-ins.
 */
final class WorkflowTemplate {

  static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode resources;

  WorkflowTemplate(WorkflowStack stack) {
    this.resources = JSON.valueToTree(SynthesizedApp.template(stack).toJSON()).path("Resources");
  }

  /** Logical id → resource, for every resource of {@code type}. */
  Map<String, JsonNode> resources(String type) {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    resources
        .properties()
        .forEach(
            entry -> {
              if (entry.getValue().path("Type").asText().equals(type)) {
                found.put(entry.getKey(), entry.getValue());
              }
            });
    return found;
  }

  JsonNode resource(String logicalId) {
    JsonNode resource = resources.path(logicalId);
    assertThat(resource.isMissingNode()).as("resource %s", logicalId).isFalse();
    return resource;
  }

  /** The one resource of {@code type}. */
  Map.Entry<String, JsonNode> only(String type) {
    Map<String, JsonNode> found = resources(type);
    assertThat(found).as("resources of type %s", type).hasSize(1);
    return found.entrySet().iterator().next();
  }

  /** The function called {@code functionName}, as logical id → resource. */
  Map.Entry<String, JsonNode> function(String functionName) {
    return resources("AWS::Lambda::Function").entrySet().stream()
        .filter(
            entry -> entry.getValue().at("/Properties/FunctionName").asText().equals(functionName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no function named " + functionName));
  }

  /** The logical id of the role a resource's {@code roleArnPath} names with Fn::GetAtt. */
  static String roleOf(JsonNode resource, String roleArnPath) {
    JsonNode getAtt = resource.at(roleArnPath).path("Fn::GetAtt");
    assertThat(getAtt.path(1).asText()).isEqualTo("Arn");
    return getAtt.path(0).asText();
  }

  /** Every statement of every inline policy attached to {@code roleLogicalId}. */
  List<JsonNode> statementsOf(String roleLogicalId) {
    List<JsonNode> statements = new ArrayList<>();
    resources("AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> {
              boolean attached = false;
              for (JsonNode role : policy.at("/Properties/Roles")) {
                attached |= role.path("Ref").asText().equals(roleLogicalId);
              }
              if (attached) {
                policy.at("/Properties/PolicyDocument/Statement").forEach(statements::add);
              }
            });
    return statements;
  }

  /** A statement's actions, whether CloudFormation got one or a list. */
  static List<String> actions(JsonNode statement) {
    return strings(statement.path("Action"));
  }

  /** A statement's resources, each as {@link #describe}. */
  List<String> resourcesOf(JsonNode statement) {
    JsonNode resource = statement.path("Resource");
    List<String> described = new ArrayList<>();
    if (resource.isArray()) {
      resource.forEach(item -> described.add(describe(item)));
    } else {
      described.add(describe(resource));
    }
    return described;
  }

  /**
   * A value as a readable string: literals as they are; a Ref to an alias as the ARN it stands for
   * ({@code arn:aws:lambda:eu-west-1:111122223333:function:<name>:<alias>}); any other Ref as
   * {@code ref:<logical id>}; an import as {@code import:<export>}; anything else as its JSON.
   */
  String describe(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.has("Ref")) {
      String target = value.path("Ref").asText();
      JsonNode resource = resources.path(target);
      if (resource.path("Type").asText().equals("AWS::Lambda::Alias")) {
        String functionId = resource.at("/Properties/FunctionName/Ref").asText();
        return "arn:aws:lambda:eu-west-1:111122223333:function:"
            + resource(functionId).at("/Properties/FunctionName").asText()
            + ":"
            + resource.at("/Properties/Name").asText();
      }
      return "ref:" + target;
    }
    if (value.has("Fn::ImportValue")) {
      return "import:" + value.path("Fn::ImportValue").asText();
    }
    return value.toString();
  }

  static List<String> strings(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> values.add(item.asText()));
    } else if (!node.isMissingNode()) {
      values.add(node.asText());
    }
    return values;
  }
}
