package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BranchNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"main", "feature/login-form", "fix/v1.2_beta", "a/b/c-d.e"})
  void check_acceptsOrdinaryNames(String branch) {
    assertThat(BranchName.check(branch)).isEqualTo(branch);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feature/$(rm -rf ~)",
        "-delete",
        "/abs",
        "a..b",
        "a//b",
        "trailing/",
        "trailing.",
        "x.lock",
        "a/.hidden",
        "a/b.lock/c",
        "x\ny",
        "tab\there",
        "a b",
        "a~1",
        "a^",
        "a:b",
        "a?",
        "a*",
        "a[b",
        "a\\b",
        "a@{1}"
      })
  void check_refusesHostileNames(String branch) {
    assertThatThrownBy(() -> BranchName.check(branch))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessageStartingWith("The branch name '")
        .hasMessageNotContaining("\n");
  }

  @Test
  void check_refusesEmptyAndNull() {
    assertThatThrownBy(() -> BranchName.check("")).hasMessageContaining("it is empty");
    assertThatThrownBy(() -> BranchName.check(null)).hasMessageContaining("it is empty");
  }

  @Test
  void check_refusesNamesOverTheLimit() {
    assertThat(BranchName.check("a".repeat(200))).hasSize(200);
    assertThatThrownBy(() -> BranchName.check("a".repeat(201)))
        .hasMessageContaining("longer than 200 characters")
        .hasMessageContaining("...");
  }

  @Test
  void printable_escapesControlCharacters() {
    assertThat(BranchName.printable("x\ny\u0007")).isEqualTo("x\\u000ay\\u0007");
  }
}
