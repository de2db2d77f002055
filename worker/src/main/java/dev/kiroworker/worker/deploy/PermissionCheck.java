package dev.kiroworker.worker.deploy;

/**
 * The simulator's decision for one action on one resource.
 *
 * @param action e.g. {@code ssm:PutParameter}
 * @param resource the resource ARN it was evaluated on, or {@code *}
 * @param decision {@code allowed}, {@code implicitDeny} (no statement allows it) or {@code
 *     explicitDeny} (a statement, a boundary or an SCP denies it), or {@link #NOT_EVALUATED}
 */
public record PermissionCheck(String action, String resource, String decision) {

  public static final String ALLOWED = "allowed";

  /** Not a simulator decision: the simulator returned none for the action. */
  public static final String NOT_EVALUATED = "notEvaluated";

  public boolean allowed() {
    return ALLOWED.equals(decision);
  }

  /** Why the permission is missing, in words, for the summary. */
  public String reason() {
    return switch (decision) {
      case "implicitDeny" -> "implicitDeny: no policy of the principal allows it";
      case "explicitDeny" ->
          "explicitDeny: a policy, permissions boundary or SCP denies it; an Allow cannot fix that";
      case NOT_EVALUATED -> "notEvaluated: the simulator returned no decision for it";
      default -> decision;
    };
  }
}
