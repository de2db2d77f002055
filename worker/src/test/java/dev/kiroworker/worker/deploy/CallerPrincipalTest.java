package dev.kiroworker.worker.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.cli.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallerPrincipalTest {

  @Test
  void anAssumedRoleSessionIsSimulatedAsItsRole() {
    CallerPrincipal caller =
        CallerPrincipal.of("123456789012", "arn:aws:sts::123456789012:assumed-role/Deployer/alice");

    assertThat(caller.simulatedArn()).isEqualTo("arn:aws:iam::123456789012:role/Deployer");
    assertThat(caller.callerArn())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/Deployer/alice");
    assertThat(caller.account()).isEqualTo("123456789012");
  }

  @Test
  void theRoleKeepsThePartitionOfTheSession() {
    CallerPrincipal caller =
        CallerPrincipal.of(
            "123456789012", "arn:aws-cn:sts::123456789012:assumed-role/Deployer/ci-run-7");

    assertThat(caller.simulatedArn()).isEqualTo("arn:aws-cn:iam::123456789012:role/Deployer");
  }

  @Test
  void anIamUserIsSimulatedAsItself() {
    String user = "arn:aws:iam::123456789012:user/ops/deployer";

    assertThat(CallerPrincipal.of("123456789012", user).simulatedArn()).isEqualTo(user);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::123456789012:root",
        "arn:aws:sts::123456789012:federated-user/bob",
        "not-an-arn"
      })
  void callersTheSimulatorCannotEvaluateAreRefused(String arn) {
    assertThatThrownBy(() -> CallerPrincipal.of("123456789012", arn))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(arn)
        .hasMessageContaining("not an IAM user or an assumed role");
  }

  @Test
  void aRoleWithAPathCanBeNamedExplicitly() {
    String ssoRole =
        "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0a1b";

    CallerPrincipal caller =
        CallerPrincipal.of(
                "123456789012",
                "arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0a1b/alice")
            .simulatedAs(ssoRole);

    assertThat(caller.simulatedArn()).isEqualTo(ssoRole);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Deployer", "arn:aws:iam::123456789012:group/deployers", "arn:aws:iam::1:role/x"})
  void anExplicitPrincipalMustBeAUserOrRoleArn(String arn) {
    CallerPrincipal caller =
        CallerPrincipal.of("123456789012", "arn:aws:iam::123456789012:user/deployer");

    assertThatThrownBy(() -> caller.simulatedAs(arn))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--principal-arn " + arn + " is not an IAM user or role ARN");
  }
}
