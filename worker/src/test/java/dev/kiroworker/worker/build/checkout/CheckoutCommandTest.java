package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.Invocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckoutCommandTest {

  private static final String TOKEN = "ghp_" + "A".repeat(36);

  @TempDir Path folder;

  private Map<String, String> variables(GitRemote remote) {
    Map<String, String> variables = new HashMap<>();
    variables.put("KIRO_REPOSITORY_URL", remote.url());
    variables.put("KIRO_BRANCH", GitRemote.BRANCH);
    variables.put("KIRO_ALLOW_LOCAL_REMOTE", "true");
    variables.put("KIRO_WORKSPACE", folder.resolve("ws").toString());
    variables.put("KIRO_OUTPUT_DIR", folder.resolve("out").toString());
    variables.put("GITHUB_TOKEN", TOKEN);
    return variables;
  }

  @Test
  void checksOutTheBranchAndRecordsItInTheSummary() throws Exception {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"));

    Invocation run = Invocation.withVariables(variables(remote), "build", "checkout");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(folder.resolve("ws").resolve(GitRemote.SPEC).resolve("tasks.md")).exists();
    JsonNode summary =
        JsonMapper.shared().readTree(folder.resolve("out/summary.json").toFile()).path("checkout");
    assertThat(summary.path("branch").asText()).isEqualTo(GitRemote.BRANCH);
    assertThat(summary.path("headSha").asText()).isEqualTo(remote.head());
    assertThat(summary.path("specPath").asText()).isEqualTo(GitRemote.SPEC);
    assertThat(summary.path("specFiles")).hasSize(3);
    String log = Files.readString(folder.resolve("out/logs/checkout.log"));
    assertThat(log).contains("Checked out " + GitRemote.BRANCH).doesNotContain(TOKEN);
    assertThat(run.err()).doesNotContain(TOKEN);
  }

  @Test
  void aMissingSpecFileFailsTheStepWithAPlainMessage() {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"), "design.md");

    Invocation run = Invocation.withVariables(variables(remote), "build", "checkout");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Checkout failed:").contains("design.md");
    assertThat(folder.resolve("out/summary.json")).doesNotExist();
  }

  @Test
  void aHostileBranchIsInvalidInputAndNoGitRuns() {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"));
    Map<String, String> variables = variables(remote);
    variables.put("KIRO_BRANCH", "--upload-pack=touch pwned");

    Invocation run = Invocation.withVariables(variables, "build", "checkout");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("kiro-worker build checkout: ");
    assertThat(folder.resolve("ws")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feature/$(touch pwned)",
        "feature/`touch pwned`",
        "feature/a;touch pwned",
        "feature/a|touch pwned",
        "feature/a&&touch pwned",
        "feature/../../etc",
        "-x",
        "--exec=touch pwned",
        "feature/a\ntouch pwned",
        "feature/a b",
        "feature/a.lock",
        "feature//a",
        "feature/a@{1}"
      })
  void hostileBranchNamesAreRefusedBeforeAnythingRuns(String branch) {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"));
    Map<String, String> variables = variables(remote);
    variables.put("KIRO_BRANCH", branch.replace("\\n", "\n"));

    Invocation run = Invocation.withVariables(variables, "build", "checkout");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(folder.resolve("ws")).doesNotExist();
    assertThat(folder.resolve("pwned")).doesNotExist();
    assertThat(Path.of("pwned")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside", ".kiro/specs/../../../etc", "/etc", ".kiro/specs/a\nb"})
  void specPathsThatLeaveTheRepositoryAreRefused(String specPath) {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"));
    Map<String, String> variables = variables(remote);
    variables.put("KIRO_SPEC_PATH", specPath.replace("\\n", "\n"));

    Invocation run = Invocation.withVariables(variables, "build", "checkout");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(folder.resolve("ws")).doesNotExist();
  }

  @Test
  void aLocalRemoteNeedsToBeAllowed() {
    GitRemote remote = GitRemote.withSpec(folder.resolve("remote"));
    Map<String, String> variables = variables(remote);
    variables.remove("KIRO_ALLOW_LOCAL_REMOTE");
    variables.put("KIRO_SPEC_PATH", GitRemote.SPEC);

    Invocation run = Invocation.withVariables(variables, "build", "checkout");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(folder.resolve("ws")).doesNotExist();
  }

  @Test
  void withoutARepositoryTheStepSaysWhichVariableToSet() {
    Invocation run =
        Invocation.withVariables(
            Map.of("KIRO_BRANCH", "feature/x", "KIRO_OUTPUT_DIR", folder.toString()),
            "build",
            "checkout");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("KIRO_REPOSITORY_URL is not set");
  }
}
