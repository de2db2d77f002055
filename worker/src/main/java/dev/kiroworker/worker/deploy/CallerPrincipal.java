package dev.kiroworker.worker.deploy;

import dev.kiroworker.worker.cli.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Who runs the preflight, and the IAM identity whose policies the simulator evaluates for it.
 *
 * @param account the caller's account id
 * @param callerArn the ARN {@code sts:GetCallerIdentity} returned
 * @param simulatedArn the IAM user or role ARN given to {@code iam:SimulatePrincipalPolicy}
 */
public record CallerPrincipal(String account, String callerArn, String simulatedArn) {

  private static final Pattern IAM_USER_OR_ROLE =
      Pattern.compile("arn:[a-z-]+:iam::[0-9]{12}:(user|role)/[\\w+=,.@/-]+");

  /**
   * The principal for a caller. An IAM user is simulated as itself. An assumed-role session ({@code
   * arn:aws:sts::123456789012:assumed-role/Deployer/alice}) is simulated as its role ({@code
   * arn:aws:iam::123456789012:role/Deployer}); the session ARN does not carry the role's path, so a
   * role with one (IAM Identity Center's {@code AWSReservedSSO_*} roles live under {@code
   * /aws-reserved/sso.amazonaws.com/}) must be named with {@code --principal-arn}.
   *
   * @throws InvalidInputException for callers IAM cannot simulate (the root user, federated users)
   */
  public static CallerPrincipal of(String account, String callerArn) {
    String[] arn = callerArn.split(":", 6);
    if (arn.length == 6 && arn[0].equals("arn")) {
      String partition = arn[1];
      String resource = arn[5];
      if (arn[2].equals("iam") && resource.startsWith("user/")) {
        return new CallerPrincipal(account, callerArn, callerArn);
      }
      if (arn[2].equals("sts") && resource.startsWith("assumed-role/")) {
        String role = resource.split("/")[1];
        return new CallerPrincipal(
            account, callerArn, "arn:" + partition + ":iam::" + arn[4] + ":role/" + role);
      }
    }
    throw new InvalidInputException(
        "the caller "
            + callerArn
            + " is not an IAM user or an assumed role, and IAM's policy simulator evaluates only"
            + " those; deploy, and run the preflight, as an IAM user or role (never the root user)");
  }

  /**
   * The same caller simulated as {@code principalArn}, chosen with {@code --principal-arn}.
   *
   * @throws InvalidInputException when it is not an IAM user or role ARN
   */
  public CallerPrincipal simulatedAs(String principalArn) {
    if (!IAM_USER_OR_ROLE.matcher(principalArn).matches()) {
      throw new InvalidInputException(
          "--principal-arn "
              + principalArn
              + " is not an IAM user or role ARN such as"
              + " arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123");
    }
    return new CallerPrincipal(account, callerArn, principalArn);
  }
}
