package dev.kiroworker.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ReferencePathTest {

  private final JsonNode value = TextNode.valueOf("v");

  @Test
  void put_dollar_replacesTheWholeDocument() {
    assertThat(ReferencePath.parse("$").put(Json.parse("{\"a\":1}"), value)).isEqualTo(value);
  }

  @Test
  void put_createsMissingObjectsAndLeavesTheInputUntouched() {
    JsonNode input = Json.parse("{\"a\":1}");

    JsonNode output = ReferencePath.parse("$.x.y['z w']").put(input, value);

    assertThat(output.toString()).isEqualTo("{\"a\":1,\"x\":{\"y\":{\"z w\":\"v\"}}}");
    assertThat(input.toString()).isEqualTo("{\"a\":1}");
  }

  @Test
  void put_replacesAnExistingFieldAndArrayElement() {
    JsonNode input = Json.parse("{\"a\":{\"b\":[0,1]},\"c\":2}");

    assertThat(ReferencePath.parse("$.c").put(input, value).toString())
        .isEqualTo("{\"a\":{\"b\":[0,1]},\"c\":\"v\"}");
    assertThat(ReferencePath.parse("$.a.b[1]").put(input, value).toString())
        .isEqualTo("{\"a\":{\"b\":[0,\"v\"]},\"c\":2}");
    assertThat(ReferencePath.parse("$[\"c\"]").put(input, value).get("c")).isEqualTo(value);
  }

  @Test
  void put_intoSomethingThatIsNotAnObject_fails() {
    assertThatThrownBy(() -> ReferencePath.parse("$.a").put(Json.parse("\"text\""), value))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an object");
    assertThatThrownBy(() -> ReferencePath.parse("$.a.b").put(Json.parse("{\"a\":3}"), value))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not an object");
    assertThatThrownBy(() -> ReferencePath.parse("$.a[5]").put(Json.parse("{\"a\":[1]}"), value))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> ReferencePath.parse("$.a[0].b").put(Json.parse("{}"), value))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no array");
  }

  @Test
  void parse_rejectsWhatIsNotAReferencePath() {
    for (String bad : new String[] {"a", "$$.x", "$.a[*]", "$..a", "$.a[?(@.b)]", "$.", null}) {
      assertThat(ReferencePath.isValid(bad)).as(String.valueOf(bad)).isFalse();
    }
    assertThat(ReferencePath.isValid("$.a_b-c.d[0]")).isTrue();
    assertThat(ReferencePath.parse("$.a").toString()).isEqualTo("$.a");
  }
}
