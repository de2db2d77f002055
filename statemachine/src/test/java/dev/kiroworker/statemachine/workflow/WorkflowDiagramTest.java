package dev.kiroworker.statemachine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.statemachine.diagram.DiagramCheck;
import dev.kiroworker.statemachine.diagram.MarkdownDiagram;
import org.junit.jupiter.api.Test;

/** docs/workflow.md shows the workflow as it is committed, not as it once was. */
class WorkflowDiagramTest {

  @Test
  void theDiagramInDocsWorkflowMatchesTheDefinition() {
    DiagramCheck check =
        MarkdownDiagram.check(
            WorkItemDefinition.repositoryRoot().resolve("docs").resolve("workflow.md"),
            WorkItemDefinition.file());

    assertThat(check.upToDate()).as(check.message()).isTrue();
  }
}
