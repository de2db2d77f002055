package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kiroworker.statemachine.json.Json;

/** The array intrinsics: States.Array, ArrayPartition, ArrayContains, ArrayRange, ... */
final class ArrayFunctions {

  /** "The newly generated array can't contain more than 1000 items" (AWS developer guide). */
  static final int MAX_RANGE = 1000;

  private ArrayFunctions() {}

  static JsonNode array(Invocation call) {
    return Json.MAPPER.createArrayNode().addAll(call.values());
  }

  static JsonNode partition(Invocation call) {
    ArrayNode items = call.array(0);
    // AWS cuts a fractional chunk size towards zero (2.6 chunks by 2, 0.6 is rejected).
    long size = call.truncated(1);
    if (size < 1) {
      throw call.invalid("the chunk size must be a positive integer, not " + call.value(1));
    }
    ArrayNode chunks = Json.MAPPER.createArrayNode();
    for (int start = 0; start < items.size(); start += (int) Math.min(size, items.size())) {
      ArrayNode chunk = chunks.addArray();
      for (int i = start; i < Math.min(items.size(), start + size); i++) {
        chunk.add(items.get(i));
      }
    }
    return chunks;
  }

  static JsonNode contains(Invocation call) {
    ArrayNode items = call.array(0);
    // AWS compares Java string forms: true matches "true", {a,b} does not match {b,a}.
    String wanted = JavaView.text(call.value(1));
    for (JsonNode item : items) {
      if (JavaView.text(item).equals(wanted)) {
        return BooleanNode.TRUE;
      }
    }
    return BooleanNode.FALSE;
  }

  static JsonNode range(Invocation call) {
    // AWS cuts fractional bounds and steps towards zero: ArrayRange(5.4, -0.6, -2.4) is [5, 3, 1].
    long start = call.truncated(0);
    long end = call.truncated(1);
    long step = call.truncated(2);
    if (step == 0) {
      throw call.invalid("the step must not be 0");
    }
    long count = count(start, end, step);
    if (count > MAX_RANGE) {
      throw call.invalid(
          "the range would hold " + count + " items; AWS allows at most " + MAX_RANGE);
    }
    ArrayNode range = Json.MAPPER.createArrayNode();
    for (long i = 0; i < count; i++) {
      range.add(integer(start + i * step));
    }
    return range;
  }

  static JsonNode getItem(Invocation call) {
    ArrayNode items = call.array(0);
    // AWS cuts a fractional index towards zero: index 1.2 reads item 1.
    long index = call.truncated(1);
    if (items.isEmpty()) {
      return NullNode.getInstance(); // AWS answers null for any index into an empty array
    }
    if (index < 0 || index >= items.size()) {
      throw call.invalid(
          "index " + index + " is out of bounds for an array of " + items.size() + " items");
    }
    return items.get((int) index);
  }

  static JsonNode length(Invocation call) {
    return IntNode.valueOf(call.array(0).size());
  }

  static JsonNode unique(Invocation call) {
    return Json.MAPPER.createArrayNode().addAll(JavaView.distinct(call.array(0)));
  }

  private static JsonNode integer(long value) {
    return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
  }

  /** How many items the range holds; the bounds have at most 18 digits, so nothing overflows. */
  private static long count(long start, long end, long step) {
    long distance = end - start;
    if (distance != 0 && (distance > 0) != (step > 0)) {
      return 0;
    }
    return distance / step + 1;
  }
}
