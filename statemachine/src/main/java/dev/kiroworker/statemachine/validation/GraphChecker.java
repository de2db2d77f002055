package dev.kiroworker.statemachine.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass: in every scope, StartAt and each transition (Next, Default, a Choices rule's
 * Next, a catcher's Next) name a state of that same scope, some state can end it, and every state
 * can be reached from StartAt.
 */
final class GraphChecker {

  private GraphChecker() {}

  static void check(ValidationContext context) {
    List<Scope> scopes = context.scopes();
    for (Scope scope : scopes) {
      if (!scope.nodes().isEmpty()) {
        check(scope, scopes, context);
      }
    }
  }

  private static void check(Scope scope, List<Scope> scopes, ValidationContext context) {
    Optional<String> start = scope.startAt();
    start
        .filter(name -> !scope.nodes().containsKey(name))
        .ifPresent(name -> context.report(scope.startAtLocation(), missing(name, scope, scopes)));
    for (Scope.Node node : scope.nodes().values()) {
      for (Scope.Transition transition : node.transitions()) {
        if (!scope.nodes().containsKey(transition.target())) {
          context.report(transition.location(), missing(transition.target(), scope, scopes));
        }
      }
    }
    if (scope.nodes().values().stream().noneMatch(Scope.Node::terminal)) {
      context.report(
          scope.statesLocation(),
          "none of these states is terminal: give one of them \"End\": true, or add a Succeed or"
              + " Fail state");
    }
    start.filter(scope.nodes()::containsKey).ifPresent(name -> reachable(name, scope, context));
  }

  private static void reachable(String start, Scope scope, ValidationContext context) {
    Set<String> reached = new HashSet<>(Set.of(start));
    Deque<String> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      for (Scope.Transition transition : scope.nodes().get(pending.pop()).transitions()) {
        if (scope.nodes().containsKey(transition.target()) && reached.add(transition.target())) {
          pending.push(transition.target());
        }
      }
    }
    for (Map.Entry<String, Scope.Node> node : scope.nodes().entrySet()) {
      if (!reached.contains(node.getKey())) {
        context.report(
            node.getValue().location(),
            "state '"
                + node.getKey()
                + "' is unreachable: no Next, Default, Choices rule or Catch leads to it from"
                + " StartAt '"
                + start
                + "'");
      }
    }
  }

  private static String missing(String name, Scope scope, List<Scope> scopes) {
    String message = "no state named '" + name + "' in " + scope.ownName();
    Optional<String> spelling =
        scope.nodes().keySet().stream().filter(other -> other.equalsIgnoreCase(name)).findFirst();
    if (spelling.isPresent()) {
      return message + "; did you mean '" + spelling.get() + "'?";
    }
    return scopes.stream()
        .filter(other -> other != scope && other.nodes().containsKey(name))
        .findFirst()
        .map(
            other ->
                message
                    + "; '"
                    + name
                    + "' is in "
                    + other.otherName()
                    + " (at "
                    + other.nodes().get(name).location()
                    + "), and a transition cannot cross into or out of a Parallel branch or a Map"
                    + " processor")
        .orElse(message);
  }
}
