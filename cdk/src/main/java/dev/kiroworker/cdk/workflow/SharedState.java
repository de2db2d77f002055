package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.stacks.StateStack;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.ssm.IStringParameter;

/**
 * What the handlers read and write that lives in the state stack.
 *
 * @param lockTable the DynamoDB lock table
 * @param artifactsBucket where builds put their reports
 * @param gitHubToken the secret holding the GitHub token
 * @param projectConfig the SSM parameter holding the project document
 * @param environment the environment's name: its builds write their artifacts under {@code
 *     <environment>/} in the bucket (the buildspec's artifact name)
 */
public record SharedState(
    ITable lockTable,
    IBucket artifactsBucket,
    ISecret gitHubToken,
    IStringParameter projectConfig,
    String environment) {

  public static SharedState of(StateStack state, String environment) {
    return new SharedState(
        state.lockTable(),
        state.artifactsBucket(),
        state.gitHubTokenSecret(),
        state.projectConfigParameter(),
        environment);
  }
}
