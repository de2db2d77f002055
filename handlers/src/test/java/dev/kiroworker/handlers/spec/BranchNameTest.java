package dev.kiroworker.handlers.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BranchNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"main", "feature/magic-link", "release/1.2.3", "fix_42/a.b-c"})
  void problems_forOrdinaryBranches_isEmpty(String branch) {
    assertThat(BranchName.problems(branch)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b", "x.lock", "a/.b", "-x", "a b"})
  void problems_forBrokenRules_isNotEmpty(String branch) {
    assertThat(BranchName.problems(branch)).isNotEmpty();
  }
}
