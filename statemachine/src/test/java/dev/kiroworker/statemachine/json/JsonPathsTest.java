package dev.kiroworker.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  private final JsonNode input =
      Json.parse(
          "{\"a\":{\"b\":[1,2,{\"c\":\"x\"}]},\"n\":1.50,\"flag\":true,\"none\":null,"
              + "\"items\":[{\"id\":1,\"ok\":true},{\"id\":2,\"ok\":false}]}");
  private final JsonNode context = Json.parse("{\"Execution\":{\"Id\":\"arn:exec\"}}");

  @Test
  void read_definitePath_returnsTheNodeWithItsType() {
    assertThat(JsonPaths.read("$.a.b[2].c", input, context).asText()).isEqualTo("x");
    assertThat(JsonPaths.read("$.flag", input, context).isBoolean()).isTrue();
    assertThat(JsonPaths.read("$.n", input, context).toString()).isEqualTo("1.50");
    assertThat(JsonPaths.read("$.none", input, context).isNull()).isTrue();
    assertThat(JsonPaths.read("$.a", input, context).isObject()).isTrue();
    assertThat(JsonPaths.read("$", input, context)).isEqualTo(input);
  }

  @Test
  void read_doubleDollar_readsTheContextObject() {
    assertThat(JsonPaths.read("$$.Execution.Id", input, context).asText()).isEqualTo("arn:exec");
  }

  @Test
  void read_indefinitePath_returnsAnArray() {
    assertThat(JsonPaths.read("$.items[*].id", input, context).toString()).isEqualTo("[1,2]");
    assertThat(JsonPaths.read("$.items[?(@.ok == true)].id", input, context).toString())
        .isEqualTo("[1]");
    assertThat(JsonPaths.read("$..missing", input, context).toString()).isEqualTo("[]");
  }

  @Test
  void read_missingDefinitePath_throws() {
    assertThatThrownBy(() -> JsonPaths.read("$.absent", input, context))
        .isInstanceOf(MissingPathException.class)
        .hasMessageContaining("$.absent");
    assertThat(JsonPaths.find("$.absent", input, context)).isEmpty();
    assertThat(JsonPaths.find("$.flag", input, context)).isPresent();
  }

  @Test
  void isPath_acceptsJsonPathsOnly() {
    assertThat(JsonPaths.isPath("$.a[0]")).isTrue();
    assertThat(JsonPaths.isPath("$$.Map.Item.Value")).isTrue();
    assertThat(JsonPaths.isPath("a.b")).isFalse();
    assertThat(JsonPaths.isPath(null)).isFalse();
    assertThat(JsonPaths.isPath("$.a b")).isFalse();
    assertThatThrownBy(() -> JsonPaths.read("$.a b", input, context))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a valid JSONPath");
  }
}
