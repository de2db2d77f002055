package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.config.Environments;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small values the workflow's constructs are built from. */
class WorkflowSettingsTest {

  @Test
  void lockLease_isTheBuildTimeoutPlusTheHandlersDefaultMargin() {
    LockLease lease = LockLease.of(Environments.PRODUCTION);

    assertThat(lease.buildTimeoutMinutes()).isEqualTo(90);
    assertThat(lease.marginMinutes()).isEqualTo(15);
    assertThat(lease.total()).isEqualTo(Duration.ofMinutes(105));
  }

  @Test
  void lockLease_rejectsNonPositiveParts() {
    assertThatThrownBy(() -> new LockLease(0, 15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 and 15");
    assertThatThrownBy(() -> new LockLease(60, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cleanupRetries_lastAsLongAsTheLeaseButNoLongerThanLambdaKeepsEvents() {
    assertThat(ExecutionCleanupRule.retryMinutes(new LockLease(60, 15))).isEqualTo(75);
    assertThat(ExecutionCleanupRule.retryMinutes(new LockLease(2160, 15))).isEqualTo(360);
  }

  @Test
  void gitHubEndpoints_acceptHttpsRootsOnly() {
    assertThat(GitHubEndpoints.GITHUB_COM.apiUrl()).isEqualTo("https://api.github.com");
    assertThat(new GitHubEndpoints("https://ghe.example.com/api/v3", "https://ghe.example.com"))
        .isNotNull();
    for (String bad :
        new String[] {"http://api.github.com", "https://api.github.com/", "api.github.com"}) {
      assertThatThrownBy(() -> new GitHubEndpoints(bad, "https://github.com"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("apiUrl is '" + bad + "'");
    }
    assertThatThrownBy(() -> new GitHubEndpoints("https://api.github.com", null))
        .hasMessageContaining("serverUrl");
  }

  @Test
  void coverageThreshold_readsAsAPlainPercentage() {
    assertThat(WorkflowStateMachine.percentage(80)).isEqualTo("80");
    assertThat(WorkflowStateMachine.percentage(100)).isEqualTo("100");
    assertThat(WorkflowStateMachine.percentage(82.5)).isEqualTo("82.5");
    assertThat(WorkflowStateMachine.percentage(0)).isEqualTo("0");
  }
}
