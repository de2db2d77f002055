package dev.kiroworker.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.cdk.config.Environments;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.cxapi.CloudAssembly;

class KiroWorkerAppTest {

  @Test
  void synthesizesTheFourStacksOfOneEnvironment() {
    App app = new App();
    KiroWorkerApp.Stacks stacks =
        KiroWorkerApp.build(app, Environments.TEST, DeploymentArtifacts.fromBuild(), null);

    CloudAssembly assembly = app.synth();

    assertThat(assembly.getStacks())
        .extracting(stack -> stack.getStackName())
        .containsExactlyInAnyOrder(
            "KiroWorker-test-State",
            "KiroWorker-test-Monitoring",
            "KiroWorker-test-Build",
            "KiroWorker-test-Workflow");
    assertThat(stacks.state().getTerminationProtection()).isFalse();
    // Through its references to the secrets and the artifacts bucket.
    assertThat(stacks.build().getDependencies()).contains(stacks.state());
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
