package dev.kiroworker.worker.build.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskRequest;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.CodeBuildStartBuildSync;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local engine's codebuild:startBuild.sync: StartBuild parameters in, a Build object out. */
class LocalCodeBuildTest {

  private static final String SECRET = "kiro-api-key-value-5d1e";

  @TempDir Path temp;

  private final List<String> lines = new ArrayList<>();

  private LocalCodeBuild adapter(String resource) throws Exception {
    Path buildspec = temp.resolve("buildspec.yml");
    try (InputStream in = getClass().getResourceAsStream("/runner/" + resource)) {
      Files.write(buildspec, in.readAllBytes());
    }
    return new LocalCodeBuild(
        buildspec,
        (project, number) -> Files.createDirectories(temp.resolve("src-" + project + "-" + number)),
        temp.resolve("builds"),
        Map.of("kiro/api-key", SECRET),
        new LocalBuildRunner(System.getenv(), Clock.systemUTC()),
        ArtifactPublisher.localFolder(),
        lines::add);
  }

  @Test
  void run_returnsTheBuildInCodeBuildsShapeWithoutSecretValues() throws Exception {
    LocalCodeBuild codebuild = adapter("adapter.yml");

    JsonNode build =
        codebuild.run(
            Json.parse(
                """
                {"ProjectName": "kiro-worker",
                 "TimeoutInMinutesOverride": 5,
                 "SourceVersion": "ignored",
                 "EnvironmentVariablesOverride": [
                   {"Name": "ITEM_ID", "Value": "PVTI_1", "Type": "PLAINTEXT"},
                   {"Name": "KIRO_API_KEY", "Value": "kiro/api-key", "Type": "SECRETS_MANAGER"}]}
                """));

    assertThat(build.path("Id").asText()).matches("kiro-worker:[0-9a-f-]{36}");
    assertThat(build.path("Arn").asText()).endsWith(":build/" + build.path("Id").asText());
    assertThat(build.path("BuildNumber").asLong()).isEqualTo(1);
    assertThat(build.path("BuildStatus").asText()).isEqualTo("SUCCEEDED");
    assertThat(build.path("CurrentPhase").asText()).isEqualTo("COMPLETED");
    assertThat(build.path("BuildComplete").asBoolean()).isTrue();
    assertThat(build.path("ProjectName").asText()).isEqualTo("kiro-worker");
    assertThat(build.path("StartTime").isNumber()).isTrue();
    assertThat(build.path("EndTime").decimalValue())
        .isGreaterThanOrEqualTo(build.path("StartTime").decimalValue());
    assertThat(build.path("Phases").findValuesAsText("PhaseType"))
        .containsExactly("BUILD", "UPLOAD_ARTIFACTS");
    JsonNode phase = build.path("Phases").get(0);
    assertThat(phase.path("PhaseStatus").asText()).isEqualTo("SUCCEEDED");
    assertThat(phase.has("StartTime") && phase.has("EndTime")).isTrue();
    assertThat(phase.path("DurationInSeconds").isIntegralNumber()).isTrue();
    assertThat(phase.path("Contexts").isArray()).isTrue();
    assertThat(build.path("ExportedEnvironmentVariables"))
        .containsExactly(Json.parse("{\"Name\":\"ITEM\",\"Value\":\"PVTI_1\"}"));
    assertThat(build.path("Environment").path("EnvironmentVariables"))
        .containsExactly(
            Json.parse("{\"Name\":\"ITEM_ID\",\"Value\":\"PVTI_1\",\"Type\":\"PLAINTEXT\"}"),
            Json.parse(
                "{\"Name\":\"KIRO_API_KEY\",\"Value\":\"kiro/api-key\",\"Type\":\"SECRETS_MANAGER\"}"));
    Path artifacts = temp.resolve("builds/kiro-worker-1/artifacts");
    assertThat(build.path("Artifacts").path("Location").asText())
        .isEqualTo(artifacts.toUri().toString());
    assertThat(artifacts.resolve("key-length.txt")).exists();
    assertThat(build.path("Logs").path("DeepLink").asText()).endsWith("/build.log");
    assertThat(build.toString()).doesNotContain(SECRET);
    assertThat(Files.readString(temp.resolve("builds/kiro-worker-1/build.log")))
        .contains("key is ***")
        .doesNotContain(SECRET);
    assertThat(lines).isNotEmpty().noneMatch(line -> line.contains(SECRET));
  }

  @Test
  void run_givesEachBuildItsOwnNumberAndFolders() throws Exception {
    LocalCodeBuild codebuild = adapter("adapter.yml");
    JsonNode parameters = Json.parse("{\"ProjectName\": \"p1\"}");

    codebuild.run(parameters);
    JsonNode second = codebuild.run(parameters);

    assertThat(second.path("BuildNumber").asLong()).isEqualTo(2);
    assertThat(temp.resolve("builds/p1-1/build.json")).exists();
    assertThat(temp.resolve("builds/p1-2/build.json")).exists();
    assertThat(temp.resolve("src-p1-2")).isDirectory();
  }

  @Test
  void run_refusesParametersItCannotHonour() throws Exception {
    LocalCodeBuild codebuild = adapter("adapter.yml");

    assertThatThrownBy(
            () ->
                codebuild.run(
                    Json.parse(
                        """
                        {"ProjectName": "-bad", "ImageOverride": "aws/codebuild/standard:7.0",
                         "TimeoutInMinutesOverride": 1,
                         "EnvironmentVariablesOverride": [{"Name": "X"}, {"Name": "Y", "Value": "v",
                           "Type": "VAULT"}]}
                        """)))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> assertThat(e.error()).isEqualTo("CodeBuild.InvalidInputException"))
        .hasMessageContaining("ImageOverride is not supported")
        .hasMessageContaining("ProjectName must be")
        .hasMessageContaining("TimeoutInMinutesOverride must be a whole number from 5 to 2160")
        .hasMessageContaining("EnvironmentVariablesOverride[0] needs a Name and a Value")
        .hasMessageContaining("EnvironmentVariablesOverride[1].Type must be");
    assertThatThrownBy(
            () ->
                codebuild.run(
                    Json.parse("{\"ProjectName\": \"p\", \"EnvironmentVariablesOverride\": {}}")))
        .hasMessageContaining("must be a list");
  }

  @Test
  void startBuildSync_failsTheTaskWhenTheBuildFails() throws Exception {
    CodeBuildStartBuildSync task = new CodeBuildStartBuildSync(adapter("build-fails.yml"));

    assertThatThrownBy(
            () ->
                task.invoke(
                    new TaskRequest(
                        "Build",
                        CodeBuildStartBuildSync.RESOURCE,
                        Json.parse("{\"ProjectName\": \"kiro-worker\"}"),
                        Json.object(),
                        () -> {})))
        .isInstanceOfSatisfying(
            StatesException.class,
            e -> {
              assertThat(e.error()).isEqualTo(StatesErrors.TASK_FAILED);
              assertThat(e.getMessage()).contains("\"BuildStatus\":\"FAILED\"");
            });
  }
}
