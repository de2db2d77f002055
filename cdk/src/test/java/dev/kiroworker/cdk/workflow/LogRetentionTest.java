package dev.kiroworker.cdk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.logs.LogGroup;

class LogRetentionTest {

  @Test
  void everyPeriodAnEnvironmentAcceptsSynthesizesAsThatManyDays() {
    Stack stack = new Stack(new App(), "Retention");
    List<Integer> days = DeploymentEnvironment.LOG_RETENTION_DAYS.stream().sorted().toList();
    for (int period : days) {
      LogGroup.Builder.create(stack, "Days" + period)
          .logGroupName("days-" + period)
          .retention(LogRetention.ofDays(period))
          .build();
    }

    Map<String, Map<String, Object>> logGroups =
        Template.fromStack(stack).findResources("AWS::Logs::LogGroup");

    assertThat(logGroups).hasSize(days.size());
    for (Map<String, Object> logGroup : logGroups.values()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) logGroup.get("Properties");
      String name = (String) properties.get("LogGroupName");
      assertThat(((Number) properties.get("RetentionInDays")).intValue())
          .as(name)
          .isEqualTo(Integer.parseInt(name.substring("days-".length())));
    }
  }

  @Test
  void ofDays_whenCloudWatchHasNoSuchPeriod_failsListingThePeriods() {
    assertThatThrownBy(() -> LogRetention.ofDays(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 days")
        .hasMessageContaining("[1, 3, 5, 7, 14");
  }
}
