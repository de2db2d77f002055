package dev.kiroworker.statemachine.intrinsics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BinaryNode;
import dev.kiroworker.statemachine.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package's value handling: AWS's Java view of JSON, lenient Base64 and Format templates. */
class ValueHandlingTest {

  @Test
  void javaText_writesValuesTheWayJavaPrintsThem() {
    assertThat(JavaView.text(Json.parse("{\"a\":[1,\"x\",null,true],\"b\":{}}")))
        .isEqualTo("{a=[1, x, null, true], b={}}");
    assertThat(JavaView.text(Json.parse("9007199254740991"))).isEqualTo("9007199254740991");
    assertThat(JavaView.text(Json.parse("100000000000000000000000000000"))).isEqualTo("1.0E29");
    assertThat(JavaView.text(Json.parse("1.50"))).isEqualTo("1.5");
    assertThat(JavaView.text(BinaryNode.valueOf(new byte[] {1}))).isEqualTo("\"AQ==\"");
  }

  @Test
  void javaView_keepsIntsLongsAndDoublesApart() {
    assertThat(JavaView.of(Json.parse("1"))).isEqualTo(1);
    assertThat(JavaView.of(Json.parse("3000000000"))).isEqualTo(3_000_000_000L);
    assertThat(JavaView.of(Json.parse("1.0"))).isEqualTo(1.0);
    assertThat(JavaView.distinct(Json.parse("[1, 1.0, 1]"))).hasSize(2);
  }

  @Test
  void describe_namesTheTypeOfAWrongArgument() {
    assertThat(Invocation.describe(Json.parse("true"))).isEqualTo("boolean true");
    assertThat(Invocation.describe(Json.parse("2"))).isEqualTo("number 2");
    assertThat(Invocation.describe(Json.parse("\"s\""))).isEqualTo("the string \"s\"");
    assertThat(Invocation.describe(Json.parse("[]"))).isEqualTo("an array");
    assertThat(Invocation.describe(Json.parse("{}"))).isEqualTo("an object");
    assertThat(Invocation.describe(Json.parse("null"))).isEqualTo("null");
  }

  @Test
  void lenientBase64_skipsForeignCharactersAndStopsAtPadding() {
    assertThat(text(LenientBase64.decode("aGVs bG8=ignored"))).isEqualTo("hello");
    assertThat(text(LenientBase64.decode("aGVsbG8"))).isEqualTo("hello");
    assertThat(LenientBase64.decode("a")).isEmpty();
    assertThat(LenientBase64.decode("-_8")).isEqualTo(LenientBase64.decode("+/8"));
    assertThat(LenientBase64.decode("!!!")).isEmpty();
  }

  @Test
  void formatTemplate_splitsAtPlaceholders() {
    FormatTemplate template = FormatTemplate.parse("{} and {}", false);

    assertThat(template.placeholders()).isEqualTo(2);
    assertThat(template.fill(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(FormatTemplate.parse("end \\", true).fill(List.of())).isEqualTo("end \\");
    assertThat(FormatTemplate.parse("\\{\\}", true).fill(List.of())).isEqualTo("{}");
    assertThatThrownBy(() -> FormatTemplate.parse("\\{}", true))
        .hasMessage("the template has a '}' at character 3 that is not part of {}");
    assertThatThrownBy(() -> FormatTemplate.parse("a {", false))
        .hasMessage("the template has a '{' at character 3 that is not part of {}");
    assertThatThrownBy(() -> FormatTemplate.parse("{x}", false))
        .hasMessage("the template has a '{' at character 1 that is not part of {}");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
