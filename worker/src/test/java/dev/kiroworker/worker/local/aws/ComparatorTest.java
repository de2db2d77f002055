package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * Comparator cases the emulator cannot referee: dynalite compares numbers' text for equality and
 * strings in UTF-16 order, where DynamoDB documents numeric equality and UTF-8 byte order.
 */
class ComparatorTest {

  @Test
  void numbers_areEqualByValueNotByText() {
    assertThat(Comparator.EQUAL.holds(number("10"), number("10.0"))).isTrue();
    assertThat(Comparator.NOT_EQUAL.holds(number("1E1"), number("10"))).isFalse();
  }

  @Test
  void strings_orderByTheirUtf8Bytes() {
    // UTF-16 puts the emoji (a surrogate pair, 0xD83D...) before U+FFFD; UTF-8 puts it after.
    assertThat(Comparator.LESS.holds(text("\uFFFD"), text("\uD83D\uDE00"))).isTrue();
    assertThat(Comparator.GREATER_OR_EQUAL.holds(text("\uFFFD"), text("\uD83D\uDE00"))).isFalse();
  }

  @Test
  void booleans_haveEqualityButNoOrder() {
    JsonNode yes = value("{\"BOOL\": true}");
    JsonNode no = value("{\"BOOL\": false}");

    assertThat(Comparator.EQUAL.holds(yes, yes)).isTrue();
    assertThat(Comparator.NOT_EQUAL.holds(yes, no)).isTrue();
    assertThat(Comparator.GREATER.holds(yes, no)).isFalse();
    assertThat(Comparator.LESS_OR_EQUAL.holds(yes, yes)).isFalse();
    assertThat(Comparator.LESS.holds(no, yes)).isFalse();
    assertThat(Comparator.GREATER_OR_EQUAL.holds(yes, yes)).isFalse();
  }

  @Test
  void symbols_nameTheirComparators() {
    assertThat(Comparator.of("<>")).contains(Comparator.NOT_EQUAL);
    assertThat(Comparator.of("BETWEEN")).isEmpty();
  }

  private static JsonNode number(String n) {
    return JsonMapper.shared().createObjectNode().put("N", n);
  }

  private static JsonNode text(String s) {
    return JsonMapper.shared().createObjectNode().put("S", s);
  }

  private static JsonNode value(String json) {
    try {
      return JsonMapper.shared().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
