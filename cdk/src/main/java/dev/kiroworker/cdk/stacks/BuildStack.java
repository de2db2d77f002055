package dev.kiroworker.cdk.stacks;

import dev.kiroworker.cdk.DeploymentArtifacts;
import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.IProject;
import software.amazon.awscdk.services.codebuild.Project;
import software.constructs.Construct;

/** The CodeBuild project that runs {@code buildspec.yml}: the agent, the tests, the push. */
public final class BuildStack extends Stack {

  private final Project project;

  public BuildStack(
      Construct scope,
      String id,
      StackProps props,
      DeploymentEnvironment environment,
      ResourceNames names,
      StateStack state,
      DeploymentArtifacts artifacts) {
    super(scope, id, props);
    this.project =
        Project.Builder.create(this, "BuildProject")
            .projectName(names.buildProject())
            .buildSpec(BuildSpec.fromObject(java.util.Map.of("version", "0.2")))
            .build();
  }

  public IProject project() {
    return project;
  }
}
