package dev.kiroworker.worker.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * DynamoDB's comparators on scalar values: numbers compare numerically, strings by their UTF-8
 * bytes. Values of different types (or a missing attribute) are never equal nor ordered, so only
 * {@code <>} holds for them, as DynamoDB and dynalite evaluate it.
 */
enum Comparator {
  EQUAL("="),
  NOT_EQUAL("<>"),
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">=");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  static Optional<Comparator> of(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }

  boolean holds(JsonNode left, JsonNode right) {
    Integer order = order(left, right);
    return switch (this) {
      case EQUAL -> order != null && order == 0;
      case NOT_EQUAL -> order == null || order != 0;
      case LESS -> order != null && order < 0 && ordered(left);
      case LESS_OR_EQUAL -> order != null && order <= 0 && ordered(left);
      case GREATER -> order != null && order > 0 && ordered(left);
      case GREATER_OR_EQUAL -> order != null && order >= 0 && ordered(left);
    };
  }

  /** The sign of left minus right, or {@code null} when the two cannot be compared. */
  private static Integer order(JsonNode left, JsonNode right) {
    if (left == null || right == null) {
      return null;
    }
    Map.Entry<String, JsonNode> a = left.properties().iterator().next();
    Map.Entry<String, JsonNode> b = right.properties().iterator().next();
    if (!a.getKey().equals(b.getKey())) {
      return null;
    }
    return switch (a.getKey()) {
      case "N" ->
          new BigDecimal(a.getValue().asText()).compareTo(new BigDecimal(b.getValue().asText()));
      case "S" -> Integer.signum(Arrays.compareUnsigned(utf8(a.getValue()), utf8(b.getValue())));
      default -> a.getValue().equals(b.getValue()) ? 0 : 1;
    };
  }

  /** Only numbers and strings have an order; BOOL and the rest support = and <> only. */
  private static boolean ordered(JsonNode value) {
    return value.has("N") || value.has("S");
  }

  private static byte[] utf8(JsonNode text) {
    return text.asText().getBytes(StandardCharsets.UTF_8);
  }
}
