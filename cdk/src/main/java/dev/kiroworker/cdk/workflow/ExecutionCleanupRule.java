package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.destinations.SqsDestination;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * Releases the locks of executions that ended without their own release: aborted and timed-out
 * executions skip every Catch, and a failed one may have failed in its release. The rule sends the
 * "Step Functions Execution Status Change" event as it is to the ReleaseLock function, which
 * recognises it ({@code ExecutionCleanup}) and releases only what that execution still owns.
 *
 * <p>No event is lost silently: EventBridge retries delivering it, Lambda retries a failed
 * invocation, and what still fails lands in one dead-letter queue, from where an operator can send
 * it to the function again.
 */
public final class ExecutionCleanupRule extends Construct {

  /** The statuses that can leave a lock behind. */
  public static final List<String> STATUSES = List.of("ABORTED", "TIMED_OUT", "FAILED");

  /** Lambda's limit, in minutes, for keeping an asynchronous event. */
  static final long LAMBDA_MAX_EVENT_AGE_MINUTES = 6 * 60;

  private final Rule rule;
  private final Queue deadLetterQueue;

  /**
   * @param releaseLock the ReleaseLock function's alias
   */
  public ExecutionCleanupRule(
      Construct scope,
      String id,
      IStateMachine stateMachine,
      IFunction releaseLock,
      DeploymentEnvironment environment,
      ResourceNames names) {
    super(scope, id);
    // Retrying is worth it while the lock could still be held: until its lease runs out.
    Duration retryFor = Duration.minutes(retryMinutes(LockLease.of(environment)));

    // SQS-managed encryption: EventBridge cannot write to a queue encrypted with the AWS managed
    // aws/sqs KMS key, and a customer managed key would cost more than these rare events justify.
    this.deadLetterQueue =
        Queue.Builder.create(this, "DeadLetterQueue")
            .queueName(names.stateMachine() + "-cleanup-dlq")
            .encryption(QueueEncryption.SQS_MANAGED)
            .enforceSsl(true)
            .retentionPeriod(Duration.days(14))
            .build();

    this.rule =
        Rule.Builder.create(this, "Rule")
            .ruleName(names.stateMachine() + "-cleanup")
            .description(
                "Releases the lock of a kiro-worker "
                    + environment.name()
                    + " execution that was aborted, timed out or failed")
            .eventPattern(
                EventPattern.builder()
                    .source(List.of("aws.states"))
                    .detailType(List.of("Step Functions Execution Status Change"))
                    .detail(
                        Map.of(
                            "status",
                            STATUSES,
                            "stateMachineArn",
                            List.of(stateMachine.getStateMachineArn())))
                    .build())
            .build();
    rule.addTarget(
        new LambdaFunction(
            releaseLock,
            LambdaFunctionProps.builder()
                .retryAttempts(8)
                .maxEventAge(retryFor)
                .deadLetterQueue(deadLetterQueue)
                .build()));
    // EventBridge invokes asynchronously: its retries end once Lambda has accepted the event, so
    // the function's own failures need Lambda's retries and the same dead-letter queue.
    releaseLock.configureAsyncInvoke(
        EventInvokeConfigOptions.builder()
            .retryAttempts(2)
            .maxEventAge(retryFor)
            .onFailure(new SqsDestination(deadLetterQueue))
            .build());

    AcceptedFindings.accept(
        deadLetterQueue,
        "AwsSolutions-SQS3",
        "This queue is itself the dead-letter queue: of the cleanup rule's target and of the"
            + " ReleaseLock alias's failed asynchronous invocations. cdk-nag only recognises"
            + " queues named in another queue's redrive policy as dead-letter queues.");
  }

  /** How long delivery is retried: the lease, within Lambda's six-hour limit. */
  static long retryMinutes(LockLease lease) {
    return Math.min(lease.total().toMinutes(), LAMBDA_MAX_EVENT_AGE_MINUTES);
  }

  public Rule rule() {
    return rule;
  }

  public Queue deadLetterQueue() {
    return deadLetterQueue;
  }
}
