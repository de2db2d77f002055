package dev.kiroworker.worker.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.ResourceSpecificResult;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

/**
 * Asks {@code iam:SimulatePrincipalPolicy} about every action of a policy's statements on the
 * statement's resources, for one principal, and returns one decision per action and resource.
 */
public final class PermissionSimulator {

  /**
   * Action names per request. IAM documents no limit on their number, only on each name's length;
   * small batches keep each request and response far inside the Query API's size limits.
   */
  static final int ACTIONS_PER_REQUEST = 20;

  private final IamClient iam;

  public PermissionSimulator(IamClient iam) {
    this.iam = iam;
  }

  /** Every permission {@code policy} grants, as the simulator decides it for the scope. */
  public List<PermissionCheck> simulate(DeployerPolicy policy, SimulationScope scope) {
    Map<String, PermissionCheck> checks = new LinkedHashMap<>();
    for (DeployerPolicy.Statement statement : policy.statements()) {
      List<String> resources = statement.resources().stream().map(scope::resolve).toList();
      List<String> actions = statement.actions();
      for (int from = 0; from < actions.size(); from += ACTIONS_PER_REQUEST) {
        List<String> batch =
            actions.subList(from, Math.min(actions.size(), from + ACTIONS_PER_REQUEST));
        for (SimulatePrincipalPolicyResponse page :
            iam.simulatePrincipalPolicyPaginator(request(scope, batch, resources))) {
          page.evaluationResults().forEach(result -> record(result, checks));
        }
        unanswered(batch, resources, checks);
      }
    }
    return List.copyOf(checks.values());
  }

  /**
   * An action the simulator gave no decision for must not pass unnoticed: it counts as missing, so
   * a silent answer never reads as "allowed".
   */
  private static void unanswered(
      List<String> actions, List<String> resources, Map<String, PermissionCheck> checks) {
    for (String action : actions) {
      boolean answered = checks.values().stream().anyMatch(check -> check.action().equals(action));
      if (!answered) {
        resources.forEach(
            resource ->
                checks.put(
                    action + " " + resource,
                    new PermissionCheck(action, resource, PermissionCheck.NOT_EVALUATED)));
      }
    }
  }

  private static SimulatePrincipalPolicyRequest request(
      SimulationScope scope, List<String> actions, List<String> resources) {
    SimulatePrincipalPolicyRequest.Builder request =
        SimulatePrincipalPolicyRequest.builder()
            .policySourceArn(scope.principalArn())
            .actionNames(actions)
            // A policy that names its own principal with ${aws:PrincipalArn} can only be
            // evaluated when the simulator knows the value.
            .contextEntries(
                ContextEntry.builder()
                    .contextKeyName("aws:PrincipalArn")
                    .contextKeyType(ContextKeyTypeEnum.STRING)
                    .contextKeyValues(scope.principalArn())
                    .build());
    // Without ResourceArns the simulator evaluates "*", which is what a "*" statement means.
    if (!resources.equals(List.of("*"))) {
      request.resourceArns(resources);
    }
    return request.build();
  }

  /**
   * IAM answers with one result per action whose decision is the most restrictive over all
   * resources, and the per-resource decisions in ResourceSpecificResults (it used to answer with
   * one result per action and resource); both shapes give one check per action and resource here.
   */
  private static void record(EvaluationResult result, Map<String, PermissionCheck> checks) {
    List<PermissionCheck> found = new ArrayList<>();
    for (ResourceSpecificResult each : result.resourceSpecificResults()) {
      found.add(
          new PermissionCheck(
              result.evalActionName(),
              each.evalResourceName(),
              each.evalResourceDecisionAsString()));
    }
    if (found.isEmpty()) {
      String resource = result.evalResourceName() == null ? "*" : result.evalResourceName();
      found.add(
          new PermissionCheck(result.evalActionName(), resource, result.evalDecisionAsString()));
    }
    for (PermissionCheck check : found) {
      checks.merge(
          check.action() + " " + check.resource(),
          check,
          (kept, again) -> kept.allowed() ? again : kept);
    }
  }
}
