package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed DynamoDB condition expression with its placeholders already resolved: the subset the
 * lock writes (attribute_exists, attribute_not_exists, comparisons, AND, OR, NOT).
 */
sealed interface Condition {

  /** Whether the condition holds for {@code item}; an absent item is the empty map. */
  boolean holdsFor(Map<String, JsonNode> item);

  /** One side of a comparison: an attribute of the item or a literal value. */
  sealed interface Operand {
    /** The value in DynamoDB JSON ({@code {"S": "x"}}), or {@code null} for a missing attribute. */
    JsonNode valueIn(Map<String, JsonNode> item);
  }

  record Attribute(String name) implements Operand {
    @Override
    public JsonNode valueIn(Map<String, JsonNode> item) {
      return item.get(name);
    }
  }

  record Literal(JsonNode value) implements Operand {
    @Override
    public JsonNode valueIn(Map<String, JsonNode> item) {
      return value;
    }
  }

  record Exists(String attribute, boolean expected) implements Condition {
    @Override
    public boolean holdsFor(Map<String, JsonNode> item) {
      return item.containsKey(attribute) == expected;
    }
  }

  record Comparison(Operand left, Comparator comparator, Operand right) implements Condition {
    @Override
    public boolean holdsFor(Map<String, JsonNode> item) {
      return comparator.holds(left.valueIn(item), right.valueIn(item));
    }
  }

  record And(Condition left, Condition right) implements Condition {
    @Override
    public boolean holdsFor(Map<String, JsonNode> item) {
      return left.holdsFor(item) && right.holdsFor(item);
    }
  }

  record Or(Condition left, Condition right) implements Condition {
    @Override
    public boolean holdsFor(Map<String, JsonNode> item) {
      return left.holdsFor(item) || right.holdsFor(item);
    }
  }

  record Not(Condition inner) implements Condition {
    @Override
    public boolean holdsFor(Map<String, JsonNode> item) {
      return !inner.holdsFor(item);
    }
  }
}
