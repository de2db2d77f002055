package dev.kiroworker.worker.deploy;

import java.util.Optional;

/**
 * Turns a policy's resource patterns into the resource ARNs the simulator is asked about, for one
 * caller: {@code ${AWS::AccountId}} and a {@code *} account field become the caller's account,
 * {@code ${AWS::Region}} and a {@code *} region field the deployment's region (when known), {@code
 * ${aws:PrincipalArn}} the simulated principal, and with an environment, kiro-worker's name
 * wildcards that environment's names ({@code kiro-worker-*} → {@code kiro-worker-test}, {@code
 * kiro-worker/*} → {@code kiro-worker/test/*}, as {@code ResourceNames} in the cdk app names them).
 *
 * <p>What stays a wildcard is passed on as it is: the simulator matches the policy's patterns
 * against it as text, so the check asks for at least the breadth the policy file grants.
 *
 * @param account the caller's account id
 * @param region the deployment's region, if known
 * @param environment the environment to check, or empty for all of them
 * @param principalArn the simulated principal
 */
public record SimulationScope(
    String account, Optional<String> region, Optional<String> environment, String principalArn) {

  /** The policy variable for the calling principal, which the simulator gets as context too. */
  public static final String PRINCIPAL_ARN_VARIABLE = "${aws:PrincipalArn}";

  /** The ARN (or {@code *}) the simulator is asked about for {@code pattern}. */
  public String resolve(String pattern) {
    String resource =
        pattern
            .replace(PRINCIPAL_ARN_VARIABLE, principalArn)
            .replace("${AWS::AccountId}", account)
            .replace("${AWS::Region}", region.orElse("*"));
    if (environment.isPresent()) {
      String name = environment.get();
      resource =
          resource
              .replace("kiro-worker-*", "kiro-worker-" + name)
              .replace("kiro-worker/*", "kiro-worker/" + name + "/*");
    }
    String[] arn = resource.split(":", 6);
    if (arn.length < 6 || !arn[0].equals("arn")) {
      return resource;
    }
    if (arn[3].equals("*") && region.isPresent()) {
      arn[3] = region.get();
    }
    if (arn[4].equals("*")) {
      arn[4] = account;
    }
    return String.join(":", arn);
  }
}
