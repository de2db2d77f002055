package dev.kiroworker.worker.deploy;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a preflight's outcome: who was checked, one line per permission, then the verdict. */
final class PreflightReport {

  private PreflightReport() {}

  /** Prints the table and the summary; returns whether every permission is allowed. */
  static boolean print(
      PrintStream out,
      CallerPrincipal caller,
      String policySource,
      SimulationScope scope,
      List<PermissionCheck> checks) {
    out.println("Caller:       " + caller.callerArn());
    out.println("Simulated as: " + caller.simulatedArn());
    out.println("Policy:       " + policySource);
    out.println(
        "Region:       "
            + scope.region().orElse("any (no --region, AWS_REGION or profile region)"));
    out.println("Environment:  " + scope.environment().orElse("all (no --environment)"));
    out.println();
    int decisionWidth = width("DECISION", checks.stream().map(PermissionCheck::decision).toList());
    int actionWidth = width("ACTION", checks.stream().map(PermissionCheck::action).toList());
    String row = "%-" + decisionWidth + "s  %-" + actionWidth + "s  %s%n";
    out.printf(Locale.ROOT, row, "DECISION", "ACTION", "RESOURCE");
    checks.forEach(
        check -> out.printf(Locale.ROOT, row, check.decision(), check.action(), check.resource()));
    out.println();
    List<PermissionCheck> missing = checks.stream().filter(check -> !check.allowed()).toList();
    if (missing.isEmpty()) {
      out.printf(
          "All %d permissions are allowed: %s can deploy and run kiro-worker.%n",
          checks.size(), caller.simulatedArn());
      return true;
    }
    out.printf(
        "%d of %d permissions are missing for %s:%n",
        missing.size(), checks.size(), caller.simulatedArn());
    missing.forEach(
        check -> out.printf("  %s on %s (%s)%n", check.action(), check.resource(), check.reason()));
    out.println(
        "Attach docs/iam-deployer-policy.json (or the statements above) to the principal; see"
            + " docs/deployment.md, \"Permissions\".");
    return false;
  }

  private static int width(String heading, List<String> values) {
    return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
