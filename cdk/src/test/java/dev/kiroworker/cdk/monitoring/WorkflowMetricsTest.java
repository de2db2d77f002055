package dev.kiroworker.cdk.monitoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.monitoring.MonitoredResources.MonitoredFunction;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;

class WorkflowMetricsTest {

  @Test
  void mostLambdaErrors_withMoreFunctionsThanOneAlarmCanWatch_saysHowToSplitThem() {
    List<MonitoredFunction> functions =
        IntStream.rangeClosed(1, 11)
            .mapToObj(i -> new MonitoredFunction("Handler" + i, "kiro-worker-test-Handler" + i))
            .toList();
    MonitoredResources resources =
        new MonitoredResources(
            "test",
            "kiro-worker-test",
            "arn:aws:states:eu-west-1:123456789012:stateMachine:kiro-worker-test",
            functions,
            "kiro-worker-test",
            "kiro-worker-test-locks");

    assertThatThrownBy(() -> new WorkflowMetrics(resources).mostLambdaErrors(Duration.minutes(15)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("11 functions")
        .hasMessageContaining("at most 10 metrics");
  }
}
