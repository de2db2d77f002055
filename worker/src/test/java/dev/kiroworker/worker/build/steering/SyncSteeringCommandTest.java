package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.build.git.GitRepository;
import dev.kiroworker.worker.build.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncSteeringCommandTest {

  @TempDir Path folder;

  private GitRepository initClone() {
    Path clone = folder.resolve("ws");
    clone.toFile().mkdirs();
    GitRepository git =
        new GitRepository(
            new ProcessRunner(SecretScrubber.patternsOnly()),
            clone,
            Map.of(),
            Duration.ofSeconds(30),
            SecretScrubber.patternsOnly(),
            line -> {});
    git.require("init", "init", "--quiet", "--initial-branch=main");
    git.require("config", "config", "user.name", "test");
    git.require("config", "config", "user.email", "test@example.com");
    git.require("commit", "commit", "--quiet", "--allow-empty", "-m", "chore: start");
    return git;
  }

  private Map<String, String> variables() {
    return Map.of(
        "KIRO_WORKSPACE", folder.resolve("ws").toString(),
        "KIRO_OUTPUT_DIR", folder.resolve("out").toString());
  }

  @Test
  void addsThePackCommitsItOnceAndLogsEveryFile() throws Exception {
    GitRepository git = initClone();
    SteeringPack pack = SteeringPack.fromClasspath();

    Invocation first = Invocation.withVariables(variables(), "build", "sync-steering");
    String afterFirst = git.headSha();
    Invocation second = Invocation.withVariables(variables(), "build", "sync-steering");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(git.run("log", "-1", "--format=%s", afterFirst).output().strip())
        .isEqualTo("chore(steering): sync pack " + pack.version());
    assertThat(first.err()).contains("steering: ADDED " + pack.files().get(0).name());
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).contains("is already in place");
    assertThat(git.headSha()).isEqualTo(afterFirst);
    assertThat(git.hasChanges()).isFalse();
    JsonNode section =
        JsonMapper.shared().readTree(folder.resolve("out/summary.json").toFile()).path("steering");
    assertThat(section.path("packVersion").asText()).isEqualTo(pack.version());
    assertThat(section.path("added")).isEmpty();
    assertThat(section.path("commitSha").isNull()).isTrue();
    assertThat(Files.readString(folder.resolve("out/logs/sync-steering.log")))
        .contains("ADDED " + pack.files().get(0).name());
  }

  @Test
  void withoutACloneTheStepSaysToCheckOutFirst() {
    Invocation run = Invocation.withVariables(variables(), "build", "sync-steering");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("run kiro-worker build checkout first");
  }

  @Test
  void anUnreadableStateFileIsReportedAsInvalidInput() throws Exception {
    initClone();
    Path state = folder.resolve("ws/.kiro/steering");
    Files.createDirectories(state);
    Files.writeString(state.resolve(".kiro-worker-steering.json"), "{not json");
    try (var files = Files.list(state)) {
      assertThat(files).isNotEmpty();
    }

    Invocation run = Invocation.withVariables(variables(), "build", "sync-steering");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("Steering sync failed:");
  }
}
