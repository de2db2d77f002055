package dev.kiroworker.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.cdk.config.Environments;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class KiroWorkerAppTest {

  @Test
  void synthesizesTheFourStacksOfOneEnvironment() {
    SynthesizedApp app = SynthesizedApp.test();
    KiroWorkerApp.Stacks stacks = app.stacks();

    assertThat(app.assembly().getStacks())
        .extracting(stack -> stack.getStackName())
        .containsExactlyInAnyOrder(
            "KiroWorker-test-State",
            "KiroWorker-test-Monitoring",
            "KiroWorker-test-Build",
            "KiroWorker-test-Workflow");
    assertThat(stacks.state().getTerminationProtection()).isFalse();
  }

  @Test
  void stacksDependOnEachOtherInTheDocumentedOrder() {
    KiroWorkerApp.Stacks stacks = SynthesizedApp.test().stacks();

    // State and Monitoring stand alone; Build needs State; Workflow needs the other three.
    assertThat(stacks.state().getDependencies()).isEmpty();
    assertThat(stacks.monitoring().getDependencies()).isEmpty();
    assertThat(stacks.build().getDependencies()).containsExactly(stacks.state());
    assertThat(stacks.workflow().getDependencies())
        .containsExactlyInAnyOrder(stacks.state(), stacks.build(), stacks.monitoring());
  }

  @Test
  void synthesisLeavesNoWarningForTheUserToWonderAbout() {
    KiroWorkerApp.Stacks stacks = SynthesizedApp.test().stacks();

    for (Stack stack :
        List.<Stack>of(stacks.state(), stacks.monitoring(), stacks.build(), stacks.workflow())) {
      assertThat(
              Annotations.fromStack(stack).findWarning("*", Match.anyValue()).stream()
                  .map(message -> message.getId() + ": " + message.getEntry().getData())
                  .toList())
          .as(stack.getStackName())
          .isEmpty();
    }
  }

  @Test
  void aGitHubEnterpriseServerFromTheContextReachesTheFunctionsAndTheBuildsCloneUrl() {
    App app =
        new App(
            AppProps.builder()
                .context(Map.of("githubServerUrl", "https://ghe.example.com"))
                .build());
    KiroWorkerApp.Stacks stacks =
        KiroWorkerApp.build(app, Environments.TEST, DeploymentArtifacts.fromBuild(), null);
    Template workflow = Template.fromStack(stacks.workflow());

    workflow.hasResourceProperties(
        "AWS::Lambda::Function",
        Match.objectLike(
            Map.of(
                "FunctionName",
                "kiro-worker-test-DiscoverWorkItem",
                "Environment",
                Map.of(
                    "Variables",
                    Match.objectLike(
                        Map.of("GITHUB_API_URL", "https://ghe.example.com/api/v3"))))));
    workflow.hasResourceProperties(
        "AWS::StepFunctions::StateMachine",
        Match.objectLike(
            Map.of(
                "DefinitionSubstitutions",
                Match.objectLike(Map.of("GitHubServerUrl", "https://ghe.example.com")))));
  }

  @Test
  void productionStacksAreProtectedFromDeletion() {
    KiroWorkerApp.Stacks stacks = SynthesizedApp.of(Environments.PRODUCTION).stacks();

    assertThat(List.of(stacks.state(), stacks.monitoring(), stacks.build(), stacks.workflow()))
        .allSatisfy(stack -> assertThat(stack.getTerminationProtection()).isTrue());
  }

  @Test
  void theAccountAndRegionComeFromTheCdkCliOrNotAtAll() {
    Environment resolved =
        KiroWorkerApp.accountAndRegion(
            Map.of("CDK_DEFAULT_ACCOUNT", "123456789012", "CDK_DEFAULT_REGION", "eu-west-1"));

    assertThat(resolved.getAccount()).isEqualTo("123456789012");
    assertThat(resolved.getRegion()).isEqualTo("eu-west-1");
    assertThat(KiroWorkerApp.accountAndRegion(Map.of("CDK_DEFAULT_ACCOUNT", "123456789012")))
        .isNull();
    assertThat(KiroWorkerApp.accountAndRegion(Map.of())).isNull();
  }
}
