package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecPathTest {

  @Test
  void check_acceptsASpecFolder() {
    assertThat(SpecPath.check(".kiro/specs/feature-x_1.2")).isEqualTo(".kiro/specs/feature-x_1.2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc",
        ".kiro/specs/",
        ".kiro/specs/..",
        ".kiro/specs/a..b",
        ".kiro/specs/.hidden",
        ".kiro/specs/a/b",
        ".kiro/specs/a b",
        ".kiro/specs/a\nb",
        "/etc/passwd"
      })
  void check_refusesOtherPaths(String specPath) {
    assertThatThrownBy(() -> SpecPath.check(specPath))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessageStartingWith("The spec path '")
        .hasMessageContaining("it must be .kiro/specs/<name>")
        .hasMessageNotContaining("\n");
  }

  @Test
  void check_refusesNull() {
    assertThatThrownBy(() -> SpecPath.check(null)).hasMessageStartingWith("The spec path ''");
  }

  @Test
  void forBranch_replacesSlashesWithDashes() {
    assertThat(SpecPath.forBranch("feature/login/form"))
        .isEqualTo(".kiro/specs/feature-login-form");
  }

  @Test
  void forBranch_refusesAHostileBranch() {
    assertThatThrownBy(() -> SpecPath.forBranch("a..b"))
        .isInstanceOf(InvalidCheckoutInputException.class);
  }
}
