package dev.kiroworker.cdk.workflow;

import dev.kiroworker.cdk.ResourceNames;
import dev.kiroworker.cdk.config.DeploymentEnvironment;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One handler's function: its own role with only its handler's permissions, its own log group, a
 * SnapStart version published on every change, and the alias the workflow calls.
 */
public final class HandlerFunction extends Construct {

  /** The alias the state machine and the cleanup rule invoke; it follows every deployment. */
  public static final String ALIAS = "live";

  /**
   * Arm (Graviton): Lambda's price per GB-second is 20 % lower than on x86_64, the jar is pure Java
   * (no native libraries to build twice), and SnapStart supports arm64 on Java 21.
   */
  static final Architecture ARCHITECTURE = Architecture.ARM_64;

  private final WorkflowHandler handler;
  private final Function function;
  private final Alias alias;
  private final LogGroup logGroup;

  /**
   * @param environmentVariables the function's settings (docs/configuration.md)
   */
  public HandlerFunction(
      Construct scope,
      WorkflowHandler handler,
      DeploymentEnvironment environment,
      ResourceNames names,
      HandlersJar jar,
      SharedState state,
      Map<String, String> environmentVariables) {
    super(scope, handler.name());
    this.handler = handler;
    jar.requireClass(handler.handlerClass());
    String functionName = names.function(handler.name());
    this.logGroup =
        LogGroup.Builder.create(this, "LogGroup")
            .logGroupName(names.logGroup("lambda", functionName))
            .retention(LogRetention.ofDays(environment.logRetentionDays()))
            .removalPolicy(environment.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
            .build();
    Role role = role(environment, state);
    this.function = function(functionName, environment, jar, role, environmentVariables);
    this.alias =
        Alias.Builder.create(this, "Alias")
            .aliasName(ALIAS)
            .version(function.getCurrentVersion())
            .description("The version the workflow runs; moves with each deployment")
            .build();
  }

  /**
   * An own role instead of the CDK's default, which would attach the AWS managed
   * AWSLambdaBasicExecutionRole (logs on every log group in the account): this function's log group
   * and its handler's accesses only.
   */
  private Role role(DeploymentEnvironment environment, SharedState state) {
    Role role =
        Role.Builder.create(this, "Role")
            .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
            .description("kiro-worker " + environment.name() + " " + handler.name() + " function")
            .build();
    logGroup.grantWrite(role);
    for (HandlerAccess access : handler.access()) {
      access.statements(state).forEach(role::addToPrincipalPolicy);
      access.acceptFindings(role);
    }
    AcceptedFindings.accept(
        role,
        "AwsSolutions-IAM5",
        "Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support"
            + " resource-level permissions, so AWS requires Resource \"*\" for them.",
        "Resource::*");
    return role;
  }

  private Function function(
      String functionName,
      DeploymentEnvironment environment,
      HandlersJar jar,
      Role role,
      Map<String, String> environmentVariables) {
    Function created =
        Function.Builder.create(this, "Function")
            .functionName(functionName)
            .description(
                "kiro-worker "
                    + environment.name()
                    + ": the "
                    + handler.name()
                    + " step ("
                    + handler.handlerClass()
                    + ")")
            .runtime(Runtime.JAVA_21)
            .architecture(ARCHITECTURE)
            .code(jar.code())
            .handler(handler.handlerClass() + "::handleRequest")
            .memorySize(environment.lambdaMemoryMb())
            .timeout(Duration.seconds(environment.lambdaTimeoutSeconds()))
            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
            // Old versions go once the alias has moved on: each holds a copy of the 20 MB jar
            // and its snapshot, and nothing calls a version except through the alias.
            .currentVersionOptions(
                VersionOptions.builder().removalPolicy(RemovalPolicy.DESTROY).build())
            .tracing(Tracing.ACTIVE)
            .logGroup(logGroup)
            .role(role)
            .environment(environmentVariables)
            .build();
    // The CDK warns because it cannot tell that a version gets published: currentVersion (the
    // alias's target) publishes one on every change, so SnapStart always has one to snapshot.
    software.amazon.awscdk.Annotations.of(created)
        .acknowledgeWarning(
            "@aws-cdk/aws-lambda:snapStartRequirePublish",
            "currentVersion publishes a version on every change and the alias points at it");
    AcceptedFindings.accept(
        created,
        "AwsSolutions-L1",
        "The handlers are compiled for Java 21, the project's baseline (maven.compiler.release"
            + " 21), and are tested on it. Moving every module to Java 25 is a project decision,"
            + " not a deployment setting.");
    return created;
  }

  public WorkflowHandler handler() {
    return handler;
  }

  public Function function() {
    return function;
  }

  /** What the workflow invokes: the alias of the latest published (SnapStart) version. */
  public Alias alias() {
    return alias;
  }

  public LogGroup logGroup() {
    return logGroup;
  }
}
