package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsEmulatorsTest {

  @Test
  void close_stopsBothEmulators() {
    AwsEmulators emulators = AwsEmulators.start(HarnessSettings.fromEnvironment());
    assertThat(emulators.isRunning()).isTrue();

    emulators.close();

    assertThat(emulators.isRunning()).isFalse();
  }

  @Test
  void start_whenAnEmulatorCannotStart_leavesNothingRunning(@TempDir Path temporary)
      throws Exception {
    // A repository copy whose launcher script is missing: no emulator can start.
    Files.createDirectories(temporary.resolve("test-fixtures/node-tools"));
    var broken = new HarnessSettings(temporary, "node");

    assertThatThrownBy(() -> AwsEmulators.start(broken))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("dynamodb emulator did not start");
  }

  @Test
  void environment_pointsChildProcessesAtTheEmulators() {
    try (AwsEmulators emulators = AwsEmulators.start(HarnessSettings.fromEnvironment())) {
      var environment = emulators.environment();

      assertThat(environment)
          .containsEntry("AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoDbEndpoint().toString())
          .containsEntry("AWS_ENDPOINT_URL_S3", emulators.s3Endpoint().toString())
          .containsEntry("AWS_REGION", "us-east-1")
          .containsEntry("AWS_ACCESS_KEY_ID", "S3RVER")
          .containsEntry("AWS_SECRET_ACCESS_KEY", "S3RVER");
      assertThat(emulators.credentials().resolveCredentials().accessKeyId()).isEqualTo("S3RVER");
    }
  }

  @Test
  void uniqueName_isLowerCaseAndNeverRepeats() {
    try (AwsEmulators emulators = AwsEmulators.start(HarnessSettings.fromEnvironment())) {
      String first = emulators.uniqueName("Work_Items");
      String second = emulators.uniqueName("Work_Items");

      assertThat(first).matches("work-items-\\d+");
      assertThat(second).isNotEqualTo(first);
      assertThatThrownBy(() -> emulators.uniqueName("ab"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3 to 40 characters");
      assertThatThrownBy(() -> emulators.uniqueName("x".repeat(41)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void deleteRecursively_removesAFolderTreeAndIgnoresAMissingOne(@TempDir Path temporary)
      throws Exception {
    Path tree = Files.createDirectories(temporary.resolve("a/b/c"));
    Files.writeString(tree.resolve("file.txt"), "x");

    AwsEmulators.deleteRecursively(temporary.resolve("a"));
    AwsEmulators.deleteRecursively(temporary.resolve("a"));

    assertThat(temporary.resolve("a")).doesNotExist();
  }
}
