package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain Java objects (Integer, Long, Double, String, Boolean, null, ArrayList,
 * LinkedHashMap), the way AWS's implementation evidently holds them: States.Format writes an object
 * as {@code {Arg1=1, Arg2=[]}}, States.ArrayContains matches {@code true} with {@code "true"}, and
 * States.ArrayUnique returns hash-set order.
 */
final class JavaView {

  private JavaView() {}

  static Object of(JsonNode node) {
    return switch (node.getNodeType()) {
      case BOOLEAN -> node.booleanValue();
      case STRING -> node.textValue();
      case NUMBER -> number(node);
      case ARRAY -> list(node);
      case OBJECT -> map(node);
      case NULL, MISSING -> null;
      default -> node.toString();
    };
  }

  /** The value's Java {@code toString()}: strings bare, objects as {@code {k=v, ...}}. */
  static String text(JsonNode node) {
    return String.valueOf(of(node));
  }

  /** The distinct items, in the order a {@code java.util.HashSet} of their Java values yields. */
  static List<JsonNode> distinct(JsonNode array) {
    Map<Object, JsonNode> firstSeen = new LinkedHashMap<>();
    List<Object> values = new ArrayList<>();
    for (JsonNode item : array) {
      Object value = of(item);
      values.add(value);
      firstSeen.putIfAbsent(value, item);
    }
    return new HashSet<>(values).stream().map(firstSeen::get).toList();
  }

  private static Object number(JsonNode node) {
    if (!node.isIntegralNumber()) {
      return node.doubleValue();
    }
    BigInteger value = node.bigIntegerValue();
    if (value.bitLength() < Integer.SIZE) {
      return value.intValue();
    }
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value.doubleValue();
  }

  private static List<Object> list(JsonNode node) {
    List<Object> list = new ArrayList<>();
    node.forEach(item -> list.add(of(item)));
    return list;
  }

  private static Map<String, Object> map(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    node.properties().forEach(entry -> map.put(entry.getKey(), of(entry.getValue())));
    return map;
  }
}
