package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.DeploymentArtifacts;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandlersJarTest {

  @Test
  void theBuiltJarHoldsEveryHandlerTheWorkflowCalls() {
    HandlersJar jar = HandlersJar.open(DeploymentArtifacts.fromBuild().handlersJar());

    for (WorkflowHandler handler : WorkflowDefinition.load().handlers()) {
      assertThatCode(() -> jar.requireClass(handler.handlerClass())).doesNotThrowAnyException();
    }
  }

  @Test
  void requireClass_whenTheClassIsMissing_failsNamingItAndTheFix() {
    Path path = DeploymentArtifacts.fromBuild().handlersJar();
    HandlersJar jar = HandlersJar.open(path);

    assertThatThrownBy(() -> jar.requireClass("dev.kiroworker.handlers.SummarizeBuildHandler"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no class dev.kiroworker.handlers.SummarizeBuildHandler")
        .hasMessageContaining(path.toString())
        .hasMessageContaining("mvn -q -DskipTests install");
  }

  @Test
  void open_whenTheFileIsNoJar_fails(@TempDir Path folder) throws Exception {
    Path notAJar = Files.writeString(folder.resolve("handlers.jar"), "not a zip");

    assertThatThrownBy(() -> HandlersJar.open(notAJar))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(notAJar.toString());
  }
}
