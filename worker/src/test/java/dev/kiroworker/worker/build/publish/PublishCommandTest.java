package dev.kiroworker.worker.build.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.build.BuildVariables;
import dev.kiroworker.worker.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

  private static final String TOKEN = "ghs_publishCommandToken0123456789abcdef";

  @TempDir Path folder;

  private PublishRemote remote;
  private Path output;
  private final Map<String, String> environment = new HashMap<>();

  @BeforeEach
  void setUp() {
    remote = PublishRemote.create(folder);
    output = folder.resolve("out");
    environment.put(BuildVariables.REPOSITORY_URL, remote.url());
    environment.put(BuildVariables.BRANCH, PublishRemote.BRANCH);
    environment.put(BuildVariables.WORKSPACE, remote.workspace().toString());
    environment.put(BuildVariables.OUTPUT_DIR, output.toString());
    environment.put(BuildVariables.ALLOW_LOCAL_REMOTE, "true");
    // Retries wait 1, 2, 4 ms here instead of 2, 4, 8 s.
    environment.put(PushSettings.RETRY_BASE_MILLIS, "1");
  }

  @Test
  void publish_pushesRecordsAndExports() {
    summaryFrom("before-publish.json");
    String sha = remote.commitInClone("a.txt");

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outJson().path("pushed").asBoolean()).isTrue();
    assertThat(remote.remoteHead()).isEqualTo(sha);
    JsonNode section = summary().path("publish");
    assertThat(section.path("pushed").asBoolean()).isTrue();
    assertThat(section.path("upToDate").asBoolean()).isFalse();
    assertThat(section.path("attempts").asInt()).isEqualTo(1);
    assertThat(section.path("commitSha").asText()).isEqualTo(sha);
    assertThat(section.path("remoteBranch").asText())
        .isEqualTo("refs/heads/" + PublishRemote.BRANCH);
    assertThat(section.has("error")).isFalse();
    assertThat(exported())
        .contains("KIRO_PUSHED=true\n", "KIRO_COMMIT_SHA=" + sha + "\n", "KIRO_TESTS_PASSED=5\n");
    assertThat(read(output.resolve("logs/publish.log"))).contains("push --porcelain --no-verify");
  }

  @Test
  void publish_afterADroppedConnection_succeedsOnTheSecondAttempt() {
    remote.commitInClone("a.txt");
    remote.dropConnections(1);

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(summary().path("publish").path("attempts").asInt()).isEqualTo(2);
    assertThat(run.err()).contains("Push attempt 1 failed with a transient error");
  }

  @Test
  void publish_whenRemoteIsAtHead_isUpToDate() {
    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outJson().path("upToDate").asBoolean()).isTrue();
    assertThat(exported()).contains("KIRO_PUSHED=true\n");
  }

  @Test
  void publish_whenSomeoneElsePushed_exitsOneAfterRecordingAndExporting() {
    summaryFrom("before-publish.json");
    String ours = remote.commitInClone("ours.txt");
    String theirs = remote.pushFromAuthor("theirs.txt");

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("never force-pushes");
    assertThat(remote.remoteHead()).isEqualTo(theirs);
    JsonNode section = summary().path("publish");
    assertThat(section.path("pushed").asBoolean()).isFalse();
    assertThat(section.path("attempts").asInt()).isEqualTo(1);
    assertThat(section.path("failure").asText()).isEqualTo("NON_FAST_FORWARD");
    assertThat(section.path("error").asText()).contains("diff.patch");
    assertThat(exported())
        .contains("KIRO_PUSHED=false\n", "KIRO_COMMIT_SHA=" + ours + "\n", "KIRO_GATE=PASSED\n");
  }

  @Test
  void publish_whenEveryAttemptFails_exitsOneAfterFourAttempts() {
    remote.commitInClone("a.txt");
    remote.dropConnections(10);

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(summary().path("publish").path("attempts").asInt()).isEqualTo(4);
    assertThat(summary().path("publish").path("failure").asText()).isEqualTo("TRANSIENT");
    assertThat(run.err()).contains("failed after 4 attempts");
  }

  @Test
  void publish_withoutBranch_exitsThreeButExportsWhatIsKnown() {
    summaryFrom("complete.json"); // holds an old publish section with pushed: true
    environment.remove(BuildVariables.BRANCH);

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("KIRO_BRANCH is not set");
    assertThat(exported())
        .contains(
            "KIRO_PUSHED=false\n",
            "KIRO_TESTS_PASSED=17\n",
            "KIRO_COMMIT_SHA=1111111111111111111111111111111111111111\n");
  }

  @Test
  void publish_withHostileBranch_exitsThreeAndPushesNothing() {
    environment.put(BuildVariables.BRANCH, "--upload-pack=touch /tmp/x");
    String before = remote.remoteHead();

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("is not accepted");
    assertThat(remote.remoteHead()).isEqualTo(before);
  }

  @Test
  void publish_withBadRetryBase_exitsThree() {
    environment.put(PushSettings.RETRY_BASE_MILLIS, "soon");

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains(PushSettings.RETRY_BASE_MILLIS);
  }

  @Test
  void publish_withToken_neverWritesItAnywhere() {
    String basic = Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(UTF_8));
    environment.put(BuildVariables.GITHUB_TOKEN, TOKEN);
    remote.installPreReceive("print-auth-header");
    remote.commitInClone("a.txt");

    Invocation run = run("build", "publish");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String everything =
        run.out()
            + run.err()
            + read(output.resolve("logs/publish.log"))
            + read(output.resolve("summary.json"))
            + exported();
    assertThat(everything).contains("basic ***").doesNotContain(TOKEN, basic);
  }

  @Test
  void exportVariables_writesTheFileFromTheSummary() {
    summaryFrom("complete.json");

    Invocation run = run("build", "export-variables");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(exported()).isEqualTo(resource("complete.expected.env"));
  }

  @Test
  void exportVariables_withoutSummary_writesTheDefaults() {
    Invocation run = run("build", "export-variables");

    assertThat(run.exitCode()).isZero();
    assertThat(exported()).isEqualTo(resource("empty.expected.env"));
  }

  @Test
  void exportVariables_withUnreadableSummary_writesTheDefaultsAndExitsThree() throws IOException {
    Files.createDirectories(output);
    Files.writeString(output.resolve("summary.json"), "{\"verify\": ");

    Invocation run = run("build", "export-variables");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("summary", "Writing the default values instead");
    assertThat(exported()).isEqualTo(resource("empty.expected.env"));
  }

  private Invocation run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            new ByteArrayInputStream(new byte[0]));
    int exitCode = KiroWorker.run(console, new BuildVariables(environment), args);
    return new Invocation(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  private void summaryFrom(String name) {
    try {
      Files.createDirectories(output);
      Files.writeString(output.resolve("summary.json"), resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode summary() {
    try {
      return JsonMapper.shared().readTree(output.resolve("summary.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String exported() {
    return read(output.resolve("exported-variables.env"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in =
        PublishCommandTest.class.getResourceAsStream("/publish/summaries/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
