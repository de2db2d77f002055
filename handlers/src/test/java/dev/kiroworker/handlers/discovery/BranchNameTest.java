package dev.kiroworker.handlers.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BranchNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"feature/magic-link", "main", "release/1.2.x", "user_name/fix-42", "a.b/c_d-e"})
  void problem_forAValidBranch_isEmpty(String branch) {
    assertThat(BranchName.problem(branch)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "feature/$(rm -rf)",
        "feature/`id`",
        "a;b",
        "with space",
        "quote\"d",
        "ref@{1}",
        "-rf",
        "a..b",
        "a//b",
        "/leading",
        "trailing/",
        "ends.",
        "feature/.hidden",
        "feature/x.lock",
        "héllo",
        "new\nline"
      })
  void problem_forAHostileOrMalformedBranch_saysWhy(String branch) {
    assertThat(BranchName.problem(branch)).isPresent();
  }

  @org.junit.jupiter.api.Test
  void problem_forNullOrOverlongNames_saysWhy() {
    assertThat(BranchName.problem(null)).contains("the branch name is empty");
    assertThat(BranchName.problem("a".repeat(200))).isEmpty();
    assertThat(BranchName.problem("a".repeat(201)))
        .contains("the branch name is longer than 200 characters");
    assertThat(BranchName.problem("x$".repeat(60)).orElseThrow()).contains("...");
  }

  @org.junit.jupiter.api.Test
  void specPath_replacesSlashesWithDashes() {
    assertThat(BranchName.specPath("feature/team/login"))
        .isEqualTo(".kiro/specs/feature-team-login");
  }
}
