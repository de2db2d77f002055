package dev.kiroworker.cdk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.Environments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cloudwatch.AlarmActionConfig;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IAlarmAction;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

/** The alarms work with any {@link AlertChannel}: here, one that knows nothing of SNS. */
class WorkflowAlarmsTest {

  /**
   * A channel that posts to a chat room through a (pretend) webhook function, one per level, and
   * offers no topic at all: if an alarm needed SNS, building them would fail.
   */
  static final class ChatWebhookAlerts implements AlertChannel {

    static String functionArn(AlertLevel level) {
      return "arn:aws:lambda:eu-west-1:123456789012:function:chat-" + level.suffix();
    }

    @Override
    public IAlarmAction alarmAction(AlertLevel level) {
      return new IAlarmAction() {
        @Override
        public AlarmActionConfig bind(Construct scope, IAlarm alarm) {
          return AlarmActionConfig.builder().alarmActionArn(functionArn(level)).build();
        }
      };
    }

    @Override
    public ITopic failedRunTopic() {
      throw new UnsupportedOperationException("no topic in a chat channel");
    }

    @Override
    public Grant grantPublish(IGrantable grantee) {
      throw new UnsupportedOperationException("no topic in a chat channel");
    }
  }

  private static Template template;
  private static WorkflowAlarms alarms;

  @BeforeAll
  static void buildAlarmsWithTheChatChannel() {
    Stack stack = new Stack(new App(), "Alarms");
    MonitoredResources resources =
        MonitoredResources.of(stack, new ResourceNames(Environments.TEST));
    alarms =
        new WorkflowAlarms(
            stack,
            "Alarms",
            Environments.TEST,
            resources,
            "kiro-worker-test",
            new ChatWebhookAlerts());
    template = Template.fromStack(stack);
  }

  @Test
  void alarms_notifyThroughWhateverChannelTheyAreGiven() {
    Map<String, Map<String, Object>> found = template.findResources("AWS::CloudWatch::Alarm");

    assertThat(found).hasSize(14);
    for (Map<String, Object> resource : found.values()) {
      Map<?, ?> props = (Map<?, ?>) resource.get("Properties");
      AlertLevel level =
          String.valueOf(props.get("AlarmName")).endsWith("-error")
              ? AlertLevel.ERROR
              : AlertLevel.WARNING;
      assertThat(props.get("AlarmActions"))
          .isEqualTo(List.of(ChatWebhookAlerts.functionArn(level)));
    }
    template.resourceCountIs("AWS::SNS::Topic", 0);
    template.resourceCountIs("AWS::KMS::Key", 0);
  }

  @Test
  void pairs_holdOneWarningAndOneErrorAlarmPerMetric() {
    assertThat(alarms.pairs()).hasSize(7);
    assertThat(alarms.all()).hasSize(14).doesNotHaveDuplicates();
    assertThat(alarms.all().subList(0, 7))
        .allSatisfy(alarm -> assertThat(alarm.getNode().getId()).isEqualTo("Error"));
  }

  @Test
  void chatChannel_offersNoTopic() {
    ChatWebhookAlerts channel = new ChatWebhookAlerts();

    assertThatThrownBy(channel::failedRunTopic).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> channel.grantPublish(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
