package dev.kiroworker.worker.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static dev.kiroworker.worker.deploy.AwsQueryResponses.simulation;
import static dev.kiroworker.worker.deploy.FakeAws.action;
import static dev.kiroworker.worker.deploy.FakeAws.requested;
import static dev.kiroworker.worker.deploy.FakeAws.xml;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kiroworker.worker.Invocation;
import dev.kiroworker.worker.cli.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in policy, its every action asked about, and batches of action names. */
class PreflightDefaultPolicyTest {

  private static final Path DOCS_POLICY = Path.of("../docs/iam-deployer-policy.json");

  private static FakeAws aws;

  @BeforeAll
  static void startAws() {
    aws = FakeAws.start();
  }

  @AfterAll
  static void stopAws() {
    aws.close();
  }

  @BeforeEach
  void givenACaller() {
    aws.reset();
    aws.callerIs("arn:aws:iam::123456789012:user/deployer");
  }

  @Test
  void theJarCarriesTheDocsPolicyUnchanged() throws IOException {
    try (InputStream bundled =
        PreflightCommand.class.getResourceAsStream(PreflightCommand.BUNDLED_POLICY)) {
      assertThat(bundled).as("the policy in the jar").isNotNull();
      assertThat(new String(bundled.readAllBytes(), UTF_8))
          .isEqualTo(Files.readString(DOCS_POLICY, UTF_8));
    }
  }

  @Test
  void theDocsPolicyIsOneThePreflightCanCheck() throws IOException {
    DeployerPolicy policy =
        DeployerPolicy.parse(DOCS_POLICY.toString(), Files.readString(DOCS_POLICY, UTF_8));

    assertThat(policy.statements())
        .extracting(DeployerPolicy.Statement::label)
        .contains("AssumeCdkBootstrapRoles", "SimulateOwnPolicies", "PutKiroWorkerSecrets");
  }

  @Test
  void preflight_withoutPolicy_asksAboutEveryActionOfTheDocsPolicyForTheUser() throws IOException {
    aws.stub(action("SimulatePrincipalPolicy").willReturn(xml(200, simulation(null))));

    FakeAws.Run run = aws.run("preflight", "--region", "eu-west-1", "--environment", "production");

    assertThat(run.outLines())
        .contains(
            "Policy:       docs/iam-deployer-policy.json (built in)",
            "Simulated as: arn:aws:iam::123456789012:user/deployer");
    List<String> asked = new ArrayList<>();
    for (LoggedRequest request : aws.requests(requested("SimulatePrincipalPolicy"))) {
      asked.addAll(formValues(request, "ActionNames.member."));
      assertThat(formValues(request, "PolicySourceArn"))
          .containsExactly("arn:aws:iam::123456789012:user/deployer");
    }
    assertThat(asked).containsExactlyInAnyOrderElementsOf(docsActions());
    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("iam:SimulatePrincipalPolicy"))
            .withFormParam(
                "ResourceArns.member.1", equalTo("arn:aws:iam::123456789012:user/deployer")));
    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo("states:StartExecution"))
            .withFormParam(
                "ResourceArns.member.1",
                equalTo(
                    "arn:aws:states:eu-west-1:123456789012:stateMachine:kiro-worker-production")));
    // A "*" statement is simulated without ResourceArns, which the simulator reads as "*".
    assertThat(
            aws.requests(
                requested("SimulatePrincipalPolicy")
                    .withFormParam("ActionNames.member.1", equalTo("sts:GetCallerIdentity"))))
        .singleElement()
        .satisfies(request -> assertThat(formValues(request, "ResourceArns")).isEmpty());
    // The simulator answered nothing: nothing may read as allowed.
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NOT_SUCCEEDED);
    assertThat(run.outLines())
        .contains(
            "  sts:GetCallerIdentity on * (notEvaluated: the simulator returned no decision for it)");
  }

  @Test
  void preflight_sendsAtMostTwentyActionNamesPerRequest(@TempDir Path folder) throws IOException {
    List<String> actions =
        IntStream.rangeClosed(1, 21).mapToObj(i -> "ssm:PutParameter" + (char) ('A' + i)).toList();
    Path policy =
        Files.writeString(
            folder.resolve("many.json"),
            """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": %s, "Resource": "*"}}
            """
                .formatted(new ObjectMapper().writeValueAsString(actions)));
    aws.stub(action("SimulatePrincipalPolicy").willReturn(xml(200, simulation(null))));

    aws.run("preflight", "--policy", policy.toString(), "--region", "eu-west-1");

    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo(actions.get(0)))
            .withFormParam("ActionNames.member.20", equalTo(actions.get(19)))
            .withFormParam("ActionNames.member.21", absent()));
    aws.verify(
        1,
        requested("SimulatePrincipalPolicy")
            .withFormParam("ActionNames.member.1", equalTo(actions.get(20)))
            .withFormParam("ActionNames.member.2", absent()));
  }

  @Test
  void kiroWorker_registersDeployPreflight() {
    Invocation run = Invocation.of("deploy", "preflight", "--policy", "no-such-policy.json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("kiro-worker deploy preflight: cannot read the policy no-such-policy.json");
  }

  private static List<String> docsActions() throws IOException {
    List<String> actions = new ArrayList<>();
    JsonNode policy = new ObjectMapper().readTree(DOCS_POLICY.toFile());
    for (JsonNode statement : policy.path("Statement")) {
      JsonNode action = statement.path("Action");
      if (action.isTextual()) {
        actions.add(action.asText());
      } else {
        action.forEach(each -> actions.add(each.asText()));
      }
    }
    return actions;
  }

  /** The values of the form parameters whose names start with {@code prefix}, in body order. */
  private static List<String> formValues(LoggedRequest request, String prefix) {
    return Arrays.stream(request.getBodyAsString().split("&"))
        .map(pair -> pair.split("=", 2))
        .filter(pair -> URLDecoder.decode(pair[0], UTF_8).startsWith(prefix))
        .map(pair -> URLDecoder.decode(pair[1], UTF_8))
        .toList();
  }
}
