package dev.kiroworker.handlers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JsonMapperTest {

  record Repository(String name) {}

  @Test
  void shared_isOneInstance() {
    assertThat(JsonMapper.shared()).isSameAs(JsonMapper.shared());
  }

  @Test
  void shared_ignoresFieldsItDoesNotKnow() throws Exception {
    Repository repository =
        JsonMapper.shared().readValue("{\"name\":\"app\",\"added_later\":true}", Repository.class);

    assertThat(repository.name()).isEqualTo("app");
  }

  @Test
  void shared_parseErrors_doNotQuoteTheInput() {
    assertThatThrownBy(() -> JsonMapper.shared().readTree("{\"token\": \"ghp_abc"))
        .isInstanceOf(JsonProcessingException.class)
        .message()
        .doesNotContain("ghp_abc");
  }
}
