package dev.kiroworker.worker.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.worker.demo.github.DemoWorld;
import dev.kiroworker.worker.demo.github.GitHubStandIn;
import dev.kiroworker.worker.demo.github.IssueComment;
import dev.kiroworker.worker.demo.github.RecordedMutation;
import dev.kiroworker.worker.local.AlertLine;
import java.io.PrintStream;
import java.util.List;

/**
 * What the run left behind, printed after the execution view: the path and final status, what
 * GitHub saw (board moves and comments, as the stand-in recorded them), the pull request's comment
 * as it now reads, and the alerts published.
 */
final class DemoReport {

  private final PrintStream out;

  DemoReport(PrintStream out) {
    this.out = out;
  }

  void print(
      List<String> path, ExecutionResult result, GitHubStandIn github, List<JsonNode> alerts) {
    out.println();
    out.println("Path: " + String.join(" -> ", path));
    out.println(
        "Status: " + result.status() + (result.error() == null ? "" : " (" + result.error() + ")"));
    out.println();
    out.println("GitHub:");
    List<RecordedMutation> changes = github.mutations();
    if (changes.isEmpty()) {
      out.println("  (nothing changed)");
    }
    changes.forEach(change -> out.println("  " + firstLine(change.describe())));
    github
        .column(DemoWorld.DEMO_PULL_REQUEST)
        .ifPresent(column -> out.println("  PR #42 is now in " + column));
    List<IssueComment> comments = github.comments(DemoWorld.DEMO_PULL_REQUEST);
    if (!comments.isEmpty()) {
      out.println();
      out.println("Comment on PR #42:");
      comments.get(comments.size() - 1).body().lines().forEach(line -> out.println("  | " + line));
    }
    out.println();
    out.println("Alerts:");
    if (alerts.isEmpty()) {
      out.println("  (none)");
    }
    alerts.forEach(alert -> out.println("  " + AlertLine.of(alert)));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end) + " ...";
  }
}
