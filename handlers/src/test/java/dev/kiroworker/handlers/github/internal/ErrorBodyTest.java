package dev.kiroworker.handlers.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorBodyTest {

  @Test
  void describe_messageAndValidationErrors() {
    String body =
        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"field\":\"title\","
            + "\"code\":\"missing_field\"},\"a plain string\",{\"message\":\"body is too long\"}],"
            + "\"documentation_url\":\"https://docs.github.com/rest\"}";

    assertThat(ErrorBody.describe(body))
        .isEqualTo(
            "Validation Failed; Issue title missing_field; a plain string; body is too long");
  }

  @Test
  void describe_htmlFromAProxy_isFlattenedAndCut() {
    String html = "<html>\n  <body>" + "x".repeat(400) + "</body>\n</html>";

    String described = ErrorBody.describe(html);

    assertThat(described).startsWith("<html> <body>xxx").endsWith("…").hasSize(301);
  }

  @Test
  void describe_nothingToSay_isEmpty() {
    assertThat(ErrorBody.describe(null)).isEmpty();
    assertThat(ErrorBody.describe("  ")).isEmpty();
    assertThat(ErrorBody.describe("{}")).isEmpty();
    assertThat(ErrorBody.describe("[1]")).isEqualTo("[1]");
  }
}
