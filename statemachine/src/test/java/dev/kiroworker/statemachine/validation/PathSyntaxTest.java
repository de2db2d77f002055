package dev.kiroworker.statemachine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$",
        "$.a.b",
        "$.list[*].id",
        "$..x",
        "$$.Execution.Id",
        "$total",
        "$total.net[0]"
      })
  void aPathReadsTheInputTheContextObjectOrAVariable(String path) {
    assertThat(PathSyntax.isPath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.b", "$.", "$ x", "$total x", "States.UUID()"})
  void anythingElseIsNoPath(String text) {
    assertThat(PathSyntax.isPath(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$", "$.a.b[2]", "$['a b']", "$$.Execution.Input.n", "$limits.max"})
  void aReadingReferencePathNamesOneValue(String path) {
    assertThat(PathSyntax.isReadingReferencePath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"$.a[*]", "$..a", "$$.Map.Item[?(@.x)]", "$limits[*]", "limits"})
  void wildcardsFiltersAndDeepScansAreNoReferencePaths(String path) {
    assertThat(PathSyntax.isReadingReferencePath(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-31T09:00:00Z",
        "2026-01-31T09:00:00.5Z",
        "2026-01-31T09:00:00+05:30",
        "2024-02-29T23:59:59-01:00"
      })
  void aWaitTimestampIsRfc3339WithAnUppercaseT(String timestamp) {
    assertThat(WaitChecker.isTimestamp(timestamp)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-31t09:00:00Z",
        "2026-01-31 09:00:00Z",
        "2026-01-31T09:00Z",
        "2026-01-31T09:00:00",
        "2025-02-29T09:00:00Z",
        "2026-01-31T24:00:00Z"
      })
  void otherTimestampsAreRejected(String timestamp) {
    assertThat(WaitChecker.isTimestamp(timestamp)).isFalse();
  }
}
