package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidIdsTest {

  @ParameterizedTest
  @CsvSource({
    "AcquireLock, AcquireLock",
    "'Is there work?', Is_there_work",
    "'a -- b', a_b",
    "'(x)', x",
    "'???', state",
    "42 things, s_42_things",
    "end, s_end",
    "End, End",
    "subgraph, s_subgraph",
    "classDef, s_classDef",
    "Grüße, Gr_e"
  })
  void sanitise_keepsLettersDigitsAndUnderscores(String name, String expected) {
    assertThat(MermaidIds.sanitise(name)).isEqualTo(expected);
  }

  @Test
  void assignState_namesThatSanitiseAlike_getNumberedIds() {
    MermaidIds ids = new MermaidIds();

    ids.assignState("Got lock?");
    ids.assignState("Got lock!");
    ids.assignState("Got_lock");

    assertThat(ids.state("Got lock?")).isEqualTo("Got_lock");
    assertThat(ids.state("Got lock!")).isEqualTo("Got_lock_2");
    assertThat(ids.state("Got_lock")).isEqualTo("Got_lock_3");
    assertThat(ids.extra("Got lock")).isEqualTo("Got_lock_4");
  }

  @Test
  void state_neverAssigned_throwsNamingIt() {
    assertThatThrownBy(() -> new MermaidIds().state("Nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'Nope'");
  }
}
