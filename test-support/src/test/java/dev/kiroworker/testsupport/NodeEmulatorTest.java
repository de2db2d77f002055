package dev.kiroworker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NodeEmulatorTest {

  private final HarnessSettings settings = HarnessSettings.fromEnvironment();

  @Test
  void start_announcesAPortThatAcceptsConnections_andCloseStopsIt() throws Exception {
    NodeEmulator emulator;
    try (NodeEmulator started = NodeEmulator.start(settings, Duration.ofSeconds(30), "dynamodb")) {
      emulator = started;
      try (Socket socket = new Socket("127.0.0.1", started.port())) {
        assertThat(socket.isConnected()).isTrue();
      }
      assertThat(started.isRunning()).isTrue();
      assertThat(started).hasToString("dynamodb emulator at http://127.0.0.1:" + started.port());
    }

    assertThat(emulator.isRunning()).isFalse();
    assertThatThrownBy(() -> new Socket("127.0.0.1", emulator.port()).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void start_ofAnUnknownEmulator_reportsWhatTheScriptSaid() {
    assertThatThrownBy(() -> NodeEmulator.start(settings, Duration.ofSeconds(30), "sqs"))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("The sqs emulator did not start")
        .hasMessageContaining("exited with code 2")
        .hasMessageContaining("unknown emulator 'sqs'");
  }

  @Test
  void start_withoutNode_saysToInstallIt() {
    var noNode = new HarnessSettings(settings.repositoryRoot(), "/nonexistent/bin/node");

    assertThatThrownBy(() -> NodeEmulator.start(noNode, Duration.ofSeconds(30), "dynamodb"))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("Cannot run '/nonexistent/bin/node'")
        .hasMessageContaining("Install Node.js 20+")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void start_thatPrintsSomethingElse_isRejected() {
    // `cat` prints the launcher script instead of a port announcement.
    var notNode = new HarnessSettings(settings.repositoryRoot(), "cat");

    assertThatThrownBy(() -> NodeEmulator.start(notNode, Duration.ofSeconds(30), "dynamodb"))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("expected a JSON line with its port");
  }

  @Test
  void start_thatDoesNotAnnounceInTime_isStoppedAndReported() {
    assertThatThrownBy(() -> NodeEmulator.start(settings, Duration.ofMillis(1), "dynamodb"))
        .isInstanceOf(EmulatorStartException.class)
        .hasMessageContaining("no port announced within");
  }

  @Test
  void parsePort_rejectsAnnouncementsWithoutAValidPort() {
    assertThat(NodeEmulator.parsePort("{\"emulator\":\"s3\",\"port\":4569}")).isEqualTo(4569);
    assertThatThrownBy(() -> NodeEmulator.parsePort("{\"port\":0}"))
        .hasMessageContaining("expected a JSON line");
    assertThatThrownBy(() -> NodeEmulator.parsePort("{\"port\":70000}"))
        .hasMessageContaining("expected a JSON line");
    assertThatThrownBy(() -> NodeEmulator.parsePort("listening"))
        .hasMessageContaining("expected a JSON line");
  }
}
