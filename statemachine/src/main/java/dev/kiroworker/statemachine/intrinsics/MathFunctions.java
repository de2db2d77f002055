package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** The math and random intrinsics: States.MathAdd, States.MathRandom and States.UUID. */
final class MathFunctions {

  private MathFunctions() {}

  static JsonNode add(Invocation call) {
    // AWS rounds half up before adding (1.49 + 1.5 is 3, -1.5 + -1.51 is -3) and adds 32-bit ints.
    int first = call.int32(call.rounded(0), "the first value");
    int second = call.int32(call.rounded(1), "the second value");
    return IntNode.valueOf(call.int32((long) first + second, "the sum"));
  }

  static JsonNode random(Invocation call) {
    // AWS cuts fractional bounds towards zero (1.6..5.4 can yield 1) and excludes the end.
    int start = call.int32(call.truncated(0), "the start");
    int end = call.int32(call.truncated(1), "the end");
    if (start >= end) {
      throw call.invalid("the start (" + start + ") must be less than the end (" + end + ")");
    }
    long bound = (long) end - start;
    if (bound > Integer.MAX_VALUE) {
      throw call.invalid("the range from " + start + " to " + end + " is too wide");
    }
    RandomGenerator generator = call.random();
    if (call.values().size() == 3) {
      // Matches AWS's one observed seeded value: MathRandom(-5, 5, 42) is -5.
      generator = new Random(call.truncated(2));
    }
    return IntNode.valueOf(start + generator.nextInt((int) bound));
  }

  static JsonNode uuid(Invocation call) {
    long high = call.random().nextLong();
    long low = call.random().nextLong();
    high = (high & ~0xF000L) | 0x4000L; // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return TextNode.valueOf(new UUID(high, low).toString());
  }
}
