package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.events.targets.SfnStateMachineProps;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Starts an execution on the environment's schedule. An EventBridge rule rather than EventBridge
 * Scheduler: the environment's {@code rate(...)} or {@code cron(...)} is a rule's expression as it
 * is, the CDK target gives the rule a role that may start this state machine only, and Scheduler's
 * extras (time zones, one-off schedules, flexible windows) buy nothing for a poll of the board.
 */
public final class WorkflowSchedule extends Construct {

  /**
   * The execution's input. The definition keeps it under {@code input} and reads nothing from it
   * (DiscoverWorkItem finds the work), so it only tells the console reader who started the run.
   */
  public static final Map<String, String> INPUT = Map.of("startedBy", "schedule");

  private final Rule rule;

  public WorkflowSchedule(
      Construct scope,
      String id,
      IStateMachine stateMachine,
      DeploymentEnvironment environment,
      ResourceNames names) {
    super(scope, id);
    this.rule =
        Rule.Builder.create(this, "Rule")
            .ruleName(names.stateMachine() + "-schedule")
            .description(
                "Starts a kiro-worker " + environment.name() + " run: " + environment.schedule())
            .schedule(Schedule.expression(environment.schedule()))
            .build();
    // A start that cannot be delivered is not retried for long and needs no dead-letter queue:
    // nothing is lost, the board item stays ready and the next tick starts a run for it.
    rule.addTarget(
        new SfnStateMachine(
            stateMachine,
            SfnStateMachineProps.builder()
                .input(RuleTargetInput.fromObject(INPUT))
                .retryAttempts(2)
                .maxEventAge(Duration.minutes(5))
                .build()));
  }

  public Rule rule() {
    return rule;
  }
}
