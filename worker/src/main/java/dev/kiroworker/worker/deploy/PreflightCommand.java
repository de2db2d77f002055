package dev.kiroworker.worker.deploy;

import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * {@code kiro-worker deploy preflight}: checks with IAM's policy simulator that the caller holds
 * every permission of the deployer policy, before a deployment fails half-way for want of one.
 */
@Command(
    name = "preflight",
    description = {
      "Checks that the current AWS identity may deploy and operate kiro-worker: asks STS who it is,"
          + " then IAM's policy simulator about every action and resource of the deployer policy"
          + " (docs/iam-deployer-policy.json, built in). Prints one line per permission and names"
          + " every missing one. Needs iam:SimulatePrincipalPolicy on the caller's own user or"
          + " role."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every permission is allowed",
      "1:a permission is missing, or AWS could not be asked",
      "2:usage error: an unknown or missing option",
      "3:the policy file, environment or principal is not valid"
    })
public final class PreflightCommand implements Callable<Integer> {

  /** Where the jar carries docs/iam-deployer-policy.json (the worker pom copies it there). */
  static final String BUNDLED_POLICY = "/deploy/iam-deployer-policy.json";

  /** The cdk app's environments ({@code Environments} there; the worker does not depend on it). */
  static final List<String> ENVIRONMENTS = List.of("test", "staging", "production");

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "The identity policy to check (default: the built-in docs/iam-deployer-policy.json).")
  private Path policy;

  @Option(
      names = "--environment",
      paramLabel = "NAME",
      description =
          "Check one environment's resources (test, staging or production) instead of all"
              + " kiro-worker-* resources.")
  private String environment;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description =
          "The region you deploy to (default: AWS_REGION or the profile's region); fills the"
              + " policy's region wildcards.")
  private String region;

  @Option(
      names = "--principal-arn",
      paramLabel = "ARN",
      description =
          "The IAM user or role to simulate, when the caller's role has a path the session ARN"
              + " drops (e.g. IAM Identity Center roles).")
  private String principalArn;

  private final Console console;
  private final PreflightClients.Factory clients;

  PreflightCommand(Console console, PreflightClients.Factory clients) {
    this.console = console;
    this.clients = clients;
  }

  @Override
  public Integer call() {
    // The policy and the environment are checked before any AWS call.
    String policySource =
        policy == null ? "docs/iam-deployer-policy.json (built in)" : policy.toString();
    DeployerPolicy requirements = DeployerPolicy.parse(policySource, policyText());
    Optional<String> chosenEnvironment =
        Optional.ofNullable(environment).map(this::knownEnvironment);
    Optional<String> deploymentRegion = deploymentRegion();
    try (PreflightClients aws = clients.open(deploymentRegion.map(Region::of))) {
      GetCallerIdentityResponse identity = aws.sts().getCallerIdentity();
      CallerPrincipal caller = CallerPrincipal.of(identity.account(), identity.arn());
      if (principalArn != null) {
        caller = caller.simulatedAs(principalArn);
      }
      SimulationScope scope =
          new SimulationScope(
              caller.account(), deploymentRegion, chosenEnvironment, caller.simulatedArn());
      List<PermissionCheck> checks = simulate(aws, requirements, scope, caller);
      boolean allAllowed =
          PreflightReport.print(console.out(), caller, policySource, scope, checks);
      return allAllowed ? ExitCode.OK : ExitCode.NOT_SUCCEEDED;
    } catch (SdkClientException e) {
      console
          .err()
          .println(
              "deploy preflight: cannot ask AWS: "
                  + e.getMessage()
                  + " Check your credentials (aws sts get-caller-identity) and network.");
      return ExitCode.NOT_SUCCEEDED;
    } catch (SdkException e) {
      console.err().println("deploy preflight: AWS refused: " + e.getMessage());
      return ExitCode.NOT_SUCCEEDED;
    }
  }

  private List<PermissionCheck> simulate(
      PreflightClients aws,
      DeployerPolicy requirements,
      SimulationScope scope,
      CallerPrincipal caller) {
    try {
      return new PermissionSimulator(aws.iam()).simulate(requirements, scope);
    } catch (NoSuchEntityException e) {
      throw new InvalidInputException(
          "IAM has no "
              + caller.simulatedArn()
              + ". A role with a path (IAM Identity Center's AWSReservedSSO_* roles, for one) loses"
              + " it in the session ARN; find the role's ARN with `aws iam get-role --role-name"
              + " NAME --query Role.Arn` and pass it with --principal-arn");
    } catch (IamException e) {
      if (!"AccessDenied".equals(e.awsErrorDetails().errorCode())) {
        throw e;
      }
      // Without this one permission the simulator cannot tell anything else: name it as missing.
      PermissionCheck missing =
          new PermissionCheck("iam:SimulatePrincipalPolicy", caller.simulatedArn(), "implicitDeny");
      console
          .err()
          .println(
              "deploy preflight: the caller may not simulate its own policies ("
                  + e.awsErrorDetails().errorCode()
                  + "), so nothing else could be checked.");
      return List.of(missing);
    }
  }

  private String policyText() {
    if (policy != null) {
      try {
        return Files.readString(policy, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw InvalidInputException.unreadable("policy", policy, e);
      }
    }
    try (InputStream bundled = PreflightCommand.class.getResourceAsStream(BUNDLED_POLICY)) {
      if (bundled == null) {
        throw new IllegalStateException(
            BUNDLED_POLICY + " is missing from the jar; rebuild it with mvn install");
      }
      return new String(bundled.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in deployer policy", e);
    }
  }

  private String knownEnvironment(String name) {
    if (!ENVIRONMENTS.contains(name)) {
      throw new InvalidInputException(
          "no environment called '"
              + name
              + "'; choose one of "
              + String.join(", ", ENVIRONMENTS)
              + ", as for cdk deploy -c environment=NAME");
    }
    return name;
  }

  /**
   * --region, else the SDK's environment and profile settings. Not the full default chain: off EC2
   * it would wait for the instance metadata service to time out.
   */
  private Optional<String> deploymentRegion() {
    if (region != null) {
      return Optional.of(region);
    }
    try {
      return Optional.of(
          new AwsRegionProviderChain(
                  new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
              .getRegion()
              .id());
    } catch (SdkClientException e) {
      return Optional.empty();
    }
  }
}
