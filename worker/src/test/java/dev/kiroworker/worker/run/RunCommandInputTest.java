package dev.kiroworker.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.workflow.BoardStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiro-worker run} refuses what it cannot run before anything starts: each case exits 2 or 3
 * with a message that says what to fix, and nothing reaches GitHub (the API URL points nowhere).
 */
class RunCommandInputTest {

  // Nothing listens here: a test that got as far as calling GitHub would fail, not hang.
  private static final String NOWHERE = "http://127.0.0.1:9";

  @TempDir Path folder;

  @Test
  void withoutLocal_saysOnlyLocalRunsStartHere_exitTwo() {
    Invocation run = Invocation.withVariables(LocalRunEnvironment.withToken(), "run");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("only local runs start from the command line; add --local");
  }

  @Test
  void withoutGitHubToken_exitThree() {
    Map<String, String> environment = LocalRunEnvironment.withToken();
    environment.remove("GITHUB_TOKEN");

    Invocation run = run(environment, board());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("GITHUB_TOKEN is not set");
  }

  @Test
  void aConfigFileTheParserRefuses_exitThreeWithItsMessage() throws IOException {
    Path config = folder.resolve("project.json");
    Files.writeString(config, "{\"owner\": \"octo-org\", \"projectNumber\": 7, \"colums\": {}}");

    Invocation run = run(LocalRunEnvironment.withToken(), "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("The project configuration in " + config + " has unknown keys [colums]");
  }

  @Test
  void aConfigFileThatIsNotJson_exitThreeWithTheParsersMessage() throws IOException {
    Path config = folder.resolve("project.json");
    Files.writeString(config, "owner: octo-org");

    Invocation run = run(LocalRunEnvironment.withToken(), "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("The project configuration in " + config + " is not valid JSON");
  }

  @Test
  void aMissingConfigFile_exitThree() {
    Path config = folder.resolve("absent.json");

    Invocation run = run(LocalRunEnvironment.withToken(), "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("cannot read the project document " + config);
  }

  @Test
  void flagsOverrideTheConfigFile_soABadRepositoryFlagIsRefused() throws IOException {
    Path config = folder.resolve("project.json");
    Files.writeString(config, BoardStandIn.PROJECT_DOCUMENT);

    Invocation run =
        run(
            LocalRunEnvironment.withToken(),
            "--config",
            config.toString(),
            "--repository",
            "not a repository");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("'repositories' entries must be \"owner/name\", got 'not a repository'");
  }

  @Test
  void withNeitherConfigNorBoardFlags_saysHowToNameTheBoard() {
    Invocation run = run(LocalRunEnvironment.withToken(), "--owner", "octo-org");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("give --config FILE (the project document), or --owner");
  }

  @Test
  void anAgentThatIsNotInstalled_exitThreeSayingHowToGetIt() {
    Invocation run =
        run(
            LocalRunEnvironment.withToken(),
            board(),
            "--agent-command",
            "[\"kiro-worker-no-such-agent\",\"{prompt}\"]");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("the agent 'kiro-worker-no-such-agent' is not an executable on PATH")
        .contains("install the Kiro CLI");
  }

  @Test
  void theAgentCommandComesFromTheEnvironmentWhenNotGiven() {
    Map<String, String> environment = LocalRunEnvironment.withToken();
    environment.put("KIRO_AGENT_COMMAND", "[\"/no/such/agent\",\"{prompt}\"]");

    Invocation run = run(environment, board());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("the agent '/no/such/agent' is not an executable on PATH");
  }

  @Test
  void anAgentCommandWithoutPrompt_exitThree() {
    Invocation run =
        run(LocalRunEnvironment.withToken(), board(), "--agent-command", "[\"/bin/true\"]");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("{prompt}");
  }

  @Test
  void anApiUrlOverPlainHttpToAnotherHost_exitThree() {
    Invocation run =
        run(LocalRunEnvironment.withToken(), board(), "--github-api-url", "http://api.github.com");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--github-api-url must be an https URL");
  }

  @Test
  void aServerUrlWithCredentials_isRefusedWithoutEchoingThem() {
    Invocation run =
        run(
            LocalRunEnvironment.withToken(),
            board(),
            "--github-server-url",
            "https://user:secret-password@github.com");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("must not hold credentials").doesNotContain("secret-password");
  }

  @Test
  void anEnvironmentNameThatCannotNameABucket_exitThree() {
    Invocation run = run(LocalRunEnvironment.withToken(), board(), "--environment", "Local_Test");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--environment: the environment name must be");
  }

  @Test
  void aBucketNameS3WouldRefuse_exitThree() {
    Invocation run = run(LocalRunEnvironment.withToken(), board(), "--bucket", "My_Bucket");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("the bucket name must be 3 to 63 lower-case letters");
  }

  @Test
  void aLockTableNameDynamoDbWouldRefuse_exitThree() {
    Invocation run = run(LocalRunEnvironment.withToken(), board(), "--lock-table", "no/slash");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("the lock table name must be 3 to 255 letters");
  }

  @Test
  void aThresholdAboveOneHundred_exitThree() {
    Invocation run = run(LocalRunEnvironment.withToken(), board(), "--coverage-threshold", "120");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("--coverage-threshold must be a percentage from 0 to 100");
  }

  @Test
  void anEndpointVariableThatIsNotAUrl_exitThree() {
    Map<String, String> environment = LocalRunEnvironment.withToken();
    environment.put("AWS_ENDPOINT_URL", "localhost:4566");

    Invocation run = run(environment, board(), "--agent-command", "[\"/bin/true\",\"{prompt}\"]");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("AWS_ENDPOINT_URL must be an http or https URL");
  }

  @Test
  void aWorkDirThatHoldsFiles_exitThree() throws IOException {
    Files.writeString(folder.resolve("earlier.txt"), "x");

    Invocation run =
        run(
            LocalRunEnvironment.withToken(),
            board(),
            "--agent-command",
            "[\"/bin/true\",\"{prompt}\"]",
            "--work-dir",
            folder.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("must be a new or empty folder");
  }

  private static String[] board() {
    return new String[] {
      "--owner", "octo-org", "--project-number", "7", "--repository", BoardStandIn.REPOSITORY
    };
  }

  private static Invocation run(Map<String, String> environment, String... options) {
    return run(environment, new String[0], options);
  }

  private static Invocation run(
      Map<String, String> environment, String[] first, String... options) {
    List<String> args = new ArrayList<>(List.of("run", "--local"));
    args.addAll(List.of(first));
    args.addAll(List.of(options));
    if (!args.contains("--github-api-url")) {
      args.addAll(List.of("--github-api-url", NOWHERE));
    }
    return Invocation.withVariables(environment, args.toArray(String[]::new));
  }
}
