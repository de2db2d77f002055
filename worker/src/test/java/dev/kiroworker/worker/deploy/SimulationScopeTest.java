package dev.kiroworker.worker.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationScopeTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/Deployer";

  private static final SimulationScope TEST_IN_IRELAND =
      new SimulationScope("123456789012", Optional.of("eu-west-1"), Optional.of("test"), ROLE);
  private static final SimulationScope ANYWHERE =
      new SimulationScope("123456789012", Optional.empty(), Optional.empty(), ROLE);

  @ParameterizedTest
  @CsvSource({
    "arn:aws:iam::*:role/cdk-hnb659fds-deploy-role-*,"
        + " arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-*",
    "arn:aws:states:*:*:stateMachine:kiro-worker-*,"
        + " arn:aws:states:eu-west-1:123456789012:stateMachine:kiro-worker-test",
    "arn:aws:states:*:*:execution:kiro-worker-*:*,"
        + " arn:aws:states:eu-west-1:123456789012:execution:kiro-worker-test:*",
    "arn:aws:secretsmanager:*:*:secret:kiro-worker/*,"
        + " arn:aws:secretsmanager:eu-west-1:123456789012:secret:kiro-worker/test/*",
    "arn:aws:ssm:${AWS::Region}:${AWS::AccountId}:parameter/kiro-worker/*,"
        + " arn:aws:ssm:eu-west-1:123456789012:parameter/kiro-worker/test/*",
    "${aws:PrincipalArn}, arn:aws:iam::123456789012:role/Deployer",
    "*, *",
    "arn:aws:s3:::kiro-worker-*, arn:aws:s3:::kiro-worker-test"
  })
  void oneEnvironmentInOneRegion(String pattern, String resolved) {
    assertThat(TEST_IN_IRELAND.resolve(pattern)).isEqualTo(resolved);
  }

  @ParameterizedTest
  @CsvSource({
    "arn:aws:states:*:*:stateMachine:kiro-worker-*,"
        + " arn:aws:states:*:123456789012:stateMachine:kiro-worker-*",
    "arn:aws:ssm:${AWS::Region}:${AWS::AccountId}:parameter/kiro-worker/*,"
        + " arn:aws:ssm:*:123456789012:parameter/kiro-worker/*",
    "arn:aws:ssm:eu-central-1:210987654321:parameter/x,"
        + " arn:aws:ssm:eu-central-1:210987654321:parameter/x"
  })
  void withoutRegionOrEnvironmentThoseWildcardsStay(String pattern, String resolved) {
    assertThat(ANYWHERE.resolve(pattern)).isEqualTo(resolved);
  }
}
