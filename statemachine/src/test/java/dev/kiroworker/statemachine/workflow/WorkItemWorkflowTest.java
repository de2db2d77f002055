package dev.kiroworker.statemachine.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.statemachine.StateMachine;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkItemWorkflowTest {

  @Test
  void theJarCarriesTheCommittedDefinition() throws Exception {
    assertThat(WorkItemWorkflow.definitionText())
        .isEqualTo(Files.readString(WorkItemDefinition.file()));
  }

  @Test
  void itsPlaceholdersAreTheDocumentedOnes() {
    assertThat(WorkItemWorkflow.placeholders(WorkItemWorkflow.definitionText()))
        .containsExactlyInAnyOrderElementsOf(WorkItemDefinition.PLACEHOLDERS.keySet());
  }

  @Test
  void substituteFillsEveryPlaceholderIntoARunnableDefinition() {
    String filled =
        WorkItemWorkflow.substitute(
            WorkItemWorkflow.definitionText(), WorkItemDefinition.PLACEHOLDERS);

    assertThat(WorkItemWorkflow.placeholders(filled)).isEmpty();
    assertThat(filled).isEqualTo(WorkItemDefinition.substitutedText());
    assertThat(StateMachine.parse(filled)).isNotNull();
  }

  @Test
  void substituteNamesMissingUnknownAndUnsafeValuesAtOnce() {
    Map<String, String> values = new HashMap<>(WorkItemDefinition.PLACEHOLDERS);
    values.remove("BuildProjectName");
    values.put("NoSuchPlaceholder", "x");
    values.put("EnvironmentName", "test\",\"injected\":\"yes");
    values.put("AlertTopicArn", null);

    assertThatThrownBy(() -> WorkItemWorkflow.substitute(WorkItemWorkflow.definitionText(), values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no value for ${BuildProjectName}")
        .hasMessageContaining("the definition has no ${NoSuchPlaceholder}")
        .hasMessageContaining("the value for ${EnvironmentName} is missing or holds a quote")
        .hasMessageContaining("the value for ${AlertTopicArn} is missing");
  }

  @Test
  void aValueWithRegexReplacementCharactersIsPastedAsIs() {
    assertThat(WorkItemWorkflow.substitute("{\"a\": \"${A}\"}", Map.of("A", "$1 and ${x}")))
        .isEqualTo("{\"a\": \"$1 and ${x}\"}");
  }
}
