package dev.kiroworker.handlers.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryNameTest {

  @Test
  void parse_ownerSlashName_keepsBothParts() {
    assertThat(RepositoryName.parse("octo-org/sample.service"))
        .hasValueSatisfying(
            name -> {
              assertThat(name.owner()).isEqualTo("octo-org");
              assertThat(name.name()).isEqualTo("sample.service");
              assertThat(name).hasToString("octo-org/sample.service");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"octo-org", "octo-org/..", "octo-org/a/b", "-x/y", "x/"})
  void parse_otherShapes_isEmpty(String text) {
    assertThat(RepositoryName.parse(text)).isEmpty();
  }

  @Test
  void parse_null_isEmpty() {
    assertThat(RepositoryName.parse(null)).isEmpty();
  }
}
