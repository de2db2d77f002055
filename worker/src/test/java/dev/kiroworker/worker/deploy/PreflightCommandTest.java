package dev.kiroworker.worker.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.kiroworker.worker.deploy.AwsQueryResponses.result;
import static dev.kiroworker.worker.deploy.AwsQueryResponses.resultPerResource;
import static dev.kiroworker.worker.deploy.AwsQueryResponses.simulation;
import static dev.kiroworker.worker.deploy.FakeAws.action;
import static dev.kiroworker.worker.deploy.FakeAws.requested;
import static dev.kiroworker.worker.deploy.FakeAws.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightCommandTest {

  private static final String SESSION = "arn:aws:sts::123456789012:assumed-role/Deployer/alice";
  private static final String ROLE = "arn:aws:iam::123456789012:role/Deployer";
  private static final String DEPLOY_ROLE =
      "arn:aws:iam::123456789012:role/cdk-hnb659fds-deploy-role-*";
  private static final String TEST_PARAMETERS =
      "arn:aws:ssm:eu-west-1:123456789012:parameter/kiro-worker/test/*";
  private static final String TEST_SECRETS =
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:kiro-worker/test/*";

  private static final String POLICY =
      """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "AssumeDeployRole",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Resource": "arn:aws:iam::*:role/cdk-hnb659fds-deploy-role-*"
          },
          {
            "Sid": "PutSettings",
            "Effect": "Allow",
            "Action": ["ssm:PutParameter", "secretsmanager:PutSecretValue"],
            "Resource": [
              "arn:aws:ssm:*:*:parameter/kiro-worker/*",
              "arn:aws:secretsmanager:*:*:secret:kiro-worker/*"
            ]
          }
        ]
      }
      """;

  private static FakeAws aws;

  @TempDir Path folder;
  private Path policy;

  @BeforeAll
  static void startAws() {
    aws = FakeAws.start();
  }

  @AfterAll
  static void stopAws() {
    aws.close();
  }

  @BeforeEach
  void givenAPolicyAndACaller() throws IOException {
    aws.reset();
    aws.callerIs(SESSION);
    policy = Files.writeString(folder.resolve("policy.json"), POLICY);
  }

  @Test
  void preflight_whenEverythingIsAllowed_printsEachPermissionAndExitsZero() {
    simulatorAnswers(
        new String[] {"allowed", "allowed", "allowed"},
        new String[] {"allowed", "allowed", "allowed"});

    FakeAws.Run run = runForTheTestEnvironment();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .contains(
            "Caller:       " + SESSION,
            "Simulated as: " + ROLE,
            "Policy:       " + policy,
            "Region:       eu-west-1",
            "Environment:  test")
        .anyMatch(line -> line.matches("allowed +sts:AssumeRole +\\Q" + DEPLOY_ROLE + "\\E"))
        .anyMatch(line -> line.matches("allowed +ssm:PutParameter +\\Q" + TEST_SECRETS + "\\E"))
        .contains("All 5 permissions are allowed: " + ROLE + " can deploy and run kiro-worker.");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void preflight_asksAboutTheRoleBehindTheSessionWithAccountRegionAndEnvironmentFilledIn() {
    aws.stub(action("SimulatePrincipalPolicy").willReturn(xml(200, simulation(null))));

    aws.run(
        "preflight",
        "--policy",
        policy.toString(),
        "--environment",
        "test",
        "--region",
        "eu-west-1");

    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("PolicySourceArn", equalTo(ROLE))
            .withFormParam("ActionNames.member.1", equalTo("sts:AssumeRole"))
            .withFormParam("ActionNames.member.2", absent())
            .withFormParam("ResourceArns.member.1", equalTo(DEPLOY_ROLE))
            .withFormParam("ContextEntries.member.1.ContextKeyName", equalTo("aws:PrincipalArn"))
            .withFormParam("ContextEntries.member.1.ContextKeyValues.member.1", equalTo(ROLE)));
    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("ssm:PutParameter"))
            .withFormParam("ActionNames.member.2", equalTo("secretsmanager:PutSecretValue"))
            .withFormParam("ResourceArns.member.1", equalTo(TEST_PARAMETERS))
            .withFormParam("ResourceArns.member.2", equalTo(TEST_SECRETS)));
  }

  @Test
  void preflight_whenPermissionsAreDenied_namesEachMissingOneWithItsResourceAndExitsOne() {
    simulatorAnswers(
        new String[] {"implicitDeny", "implicitDeny", "implicitDeny"},
        new String[] {"explicitDeny", "implicitDeny", "explicitDeny"});

    FakeAws.Run run = runForTheTestEnvironment();

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outLines())
        .anyMatch(
            line -> line.matches("implicitDeny +ssm:PutParameter +\\Q" + TEST_PARAMETERS + "\\E"))
        .contains(
            "4 of 5 permissions are missing for " + ROLE + ":",
            "  ssm:PutParameter on "
                + TEST_PARAMETERS
                + " (implicitDeny: no policy of the principal allows it)",
            "  ssm:PutParameter on "
                + TEST_SECRETS
                + " (implicitDeny: no policy of the principal allows it)",
            "  secretsmanager:PutSecretValue on "
                + TEST_PARAMETERS
                + " (implicitDeny: no policy of the principal allows it)",
            "  secretsmanager:PutSecretValue on "
                + TEST_SECRETS
                + " (explicitDeny: a policy, permissions boundary or SCP denies it; an Allow"
                + " cannot fix that)")
        .noneMatch(line -> line.startsWith("  sts:AssumeRole"));
  }

  @Test
  void preflight_readsEveryPageOfTheSimulation() {
    aws.stub(
        action("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("sts:AssumeRole"))
            .willReturn(
                xml(200, simulation(null, result("sts:AssumeRole", DEPLOY_ROLE, "allowed")))));
    aws.stub(
        action("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("ssm:PutParameter"))
            .withFormParam("Marker", absent())
            .willReturn(
                xml(
                    200,
                    simulation("page-2", result("ssm:PutParameter", TEST_PARAMETERS, "allowed")))));
    aws.stub(
        action("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("ssm:PutParameter"))
            .withFormParam("Marker", equalTo("page-2"))
            .willReturn(
                xml(
                    200,
                    simulation(
                        null,
                        result("secretsmanager:PutSecretValue", TEST_SECRETS, "implicitDeny")))));

    FakeAws.Run run =
        aws.run(
            "preflight",
            "--policy",
            policy.toString(),
            "--environment",
            "test",
            "--region",
            "eu-west-1");

    aws.verify(1, requested("SimulatePrincipalPolicy").withFormParam("Marker", equalTo("page-2")));
    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outLines())
        .anyMatch(line -> line.matches("allowed +ssm:PutParameter +\\Q" + TEST_PARAMETERS + "\\E"))
        .contains(
            "1 of 3 permissions are missing for " + ROLE + ":",
            "  secretsmanager:PutSecretValue on "
                + TEST_SECRETS
                + " (implicitDeny: no policy of the principal allows it)");
  }

  @Test
  void preflight_withoutEnvironmentOrRegion_keepsThoseWildcardsAndFillsTheAccount() {
    aws.stub(action("SimulatePrincipalPolicy").willReturn(xml(200, simulation(null))));

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "us-east-1");

    assertThat(run.outLines()).contains("Environment:  all (no --environment)");
    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam(
                "ResourceArns.member.1",
                equalTo("arn:aws:ssm:us-east-1:123456789012:parameter/kiro-worker/*")));
  }

  @Test
  void preflight_withPrincipalArn_simulatesThatRole() {
    aws.stub(action("SimulatePrincipalPolicy").willReturn(xml(200, simulation(null))));
    String ssoRole =
        "arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0a1b";

    FakeAws.Run run =
        aws.run(
            "preflight",
            "--policy",
            policy.toString(),
            "--region",
            "eu-west-1",
            "--principal-arn",
            ssoRole);

    assertThat(run.outLines()).contains("Simulated as: " + ssoRole);
    aws.verify(
        2, requested("SimulatePrincipalPolicy").withFormParam("PolicySourceArn", equalTo(ssoRole)));
  }

  @Test
  void preflight_whenIamKnowsNoSuchRole_explainsPathsAndExitsThree() {
    aws.stub(
        action("SimulatePrincipalPolicy")
            .willReturn(
                xml(
                    404,
                    AwsQueryResponses.error(
                        "https://iam.amazonaws.com/doc/2010-05-08/",
                        "NoSuchEntity",
                        "The role with name Deployer cannot be found."))));

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("IAM has no " + ROLE).contains("--principal-arn");
  }

  @Test
  void preflight_whenTheCallerMayNotSimulate_namesThatPermissionAndExitsOne() {
    aws.stub(
        action("SimulatePrincipalPolicy")
            .willReturn(
                xml(
                    403,
                    AwsQueryResponses.error(
                        "https://iam.amazonaws.com/doc/2010-05-08/",
                        "AccessDenied",
                        "User is not authorized to perform: iam:SimulatePrincipalPolicy"))));

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outLines())
        .contains(
            "1 of 1 permissions are missing for " + ROLE + ":",
            "  iam:SimulatePrincipalPolicy on "
                + ROLE
                + " (implicitDeny: no policy of the principal allows it)");
    assertThat(run.err()).contains("may not simulate its own policies (AccessDenied)");
  }

  @Test
  void preflight_whenStsRefusesTheCredentials_saysSoAndExitsOne() {
    aws.reset();
    aws.stub(
        action("GetCallerIdentity")
            .willReturn(
                xml(
                    403,
                    AwsQueryResponses.error(
                        "https://sts.amazonaws.com/doc/2011-06-15/",
                        "ExpiredToken",
                        "The security token included in the request is expired"))));

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.err())
        .contains("AWS refused: The security token included in the request is expired");
    aws.verify(0, requested("SimulatePrincipalPolicy"));
  }

  @Test
  void preflight_asTheRootUser_exitsThreeWithoutSimulating() {
    aws.callerIs("arn:aws:iam::123456789012:root");

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("is not an IAM user or an assumed role");
    aws.verify(0, requested("SimulatePrincipalPolicy"));
  }

  @Test
  void preflight_withMalformedPolicy_exitsThreeBeforeAskingAws() throws IOException {
    Files.writeString(policy, "{\"Version\": \"2012-10-17\", \"Statement\": [");

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("the policy " + policy + " is not valid JSON");
    assertThat(aws.requestCount()).isZero();
  }

  @Test
  void preflight_withUnknownEnvironment_exitsThreeBeforeAskingAws() {
    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--environment", "nope");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("no environment called 'nope'; choose one of test, staging, production");
    assertThat(aws.requestCount()).isZero();
  }

  @Test
  void preflight_withAMalformedPrincipalArn_exitsThree() {
    FakeAws.Run run =
        aws.run("preflight", "--policy", policy.toString(), "--principal-arn", "Deployer");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("--principal-arn Deployer is not an IAM user or role ARN");
    aws.verify(0, requested("SimulatePrincipalPolicy"));
  }

  @Test
  void preflight_whenAwsCannotBeReached_saysSoAndExitsOne() {
    PreflightClients.Factory unreachable;
    try (FakeAws stopped = FakeAws.start()) {
      unreachable = stopped.clients();
    }

    FakeAws.Run run =
        FakeAws.runWith(
            unreachable, "preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.err())
        .contains("deploy preflight: cannot ask AWS:")
        .contains("Check your credentials (aws sts get-caller-identity) and network.");
  }

  @Test
  void preflight_whenIamRejectsTheRequest_saysWhyAndExitsOne() {
    aws.stub(
        action("SimulatePrincipalPolicy")
            .willReturn(
                xml(
                    400,
                    AwsQueryResponses.error(
                        "https://iam.amazonaws.com/doc/2010-05-08/",
                        "InvalidInput",
                        "Invalid ARN in ResourceArns"))));

    FakeAws.Run run = aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.err()).contains("deploy preflight: AWS refused: Invalid ARN in ResourceArns");
    assertThat(run.out()).doesNotContain("permissions are missing");
  }

  /**
   * The simulator allows sts:AssumeRole and decides the two put actions as given: each array is the
   * overall decision, then the one on the test parameters, then the one on the test secrets.
   */
  private void simulatorAnswers(String[] putParameter, String[] putSecretValue) {
    aws.stub(
        action("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("sts:AssumeRole"))
            .willReturn(
                xml(200, simulation(null, result("sts:AssumeRole", DEPLOY_ROLE, "allowed")))));
    aws.stub(
        action("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("ssm:PutParameter"))
            .willReturn(
                xml(
                    200,
                    simulation(
                        null,
                        resultPerResource(
                            "ssm:PutParameter",
                            putParameter[0],
                            new String[] {TEST_PARAMETERS, putParameter[1]},
                            new String[] {TEST_SECRETS, putParameter[2]}),
                        resultPerResource(
                            "secretsmanager:PutSecretValue",
                            putSecretValue[0],
                            new String[] {TEST_PARAMETERS, putSecretValue[1]},
                            new String[] {TEST_SECRETS, putSecretValue[2]})))));
  }

  private FakeAws.Run runForTheTestEnvironment() {
    return aws.run(
        "preflight",
        "--policy",
        policy.toString(),
        "--environment",
        "test",
        "--region",
        "eu-west-1");
  }
}
