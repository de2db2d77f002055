package dev.kiroworker.worker.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.history.HistoryEvent;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.worker.local.AlertLine;
import java.io.PrintStream;
import java.util.List;

/**
 * What a local run did, printed after the execution view: the path and final status, the work item
 * it picked and where the board and the pull request's comment now stand, the build's verdict, and
 * the alerts it would have sent. Every line passes the scrubber.
 */
final class RunReport {

  private static final int MAX_CAUSE = 600;

  private final PrintStream out;
  private final SecretScrubber scrubber;

  RunReport(PrintStream out, SecretScrubber scrubber) {
    this.out = out;
    this.scrubber = scrubber;
  }

  void print(List<String> path, ExecutionResult result, List<JsonNode> alerts) {
    JsonNode document = document(result);
    line("");
    line("Path: " + String.join(" -> ", path));
    line(
        "Status: " + result.status() + (result.error() == null ? "" : " (" + result.error() + ")"));
    if (result.cause() != null && !result.cause().isBlank()) {
      line("Cause: " + readableCause(result.cause()));
    }
    line("");
    workItem(document);
    line("");
    line("Alerts (recorded, not sent):");
    if (alerts.isEmpty()) {
      line("  (none)");
    }
    alerts.forEach(alert -> line("  " + AlertLine.of(alert)));
  }

  private void workItem(JsonNode document) {
    JsonNode item = document.at("/workItem/item");
    if (!document.at("/workItem/found").asBoolean(false) || !item.isObject()) {
      line("Work item: none ready on the board");
      return;
    }
    line(
        "Work item: "
            + item.path("contentType").asText("item")
            + (item.hasNonNull("number") ? " #" + item.path("number").asText() : "")
            + " \""
            + item.path("title").asText()
            + "\""
            + (item.hasNonNull("repository") ? " in " + item.path("repository").asText() : "")
            + (item.hasNonNull("branch") ? ", branch " + item.path("branch").asText() : ""));
    optional("  ", item.path("url"));
    for (String report : List.of("reportSuccess", "reportFailure", "reportRejected")) {
      optional("  Board column: ", document.at("/" + report + "/statusColumn"));
      optional("  Comment: ", document.at("/" + report + "/commentUrl"));
    }
    JsonNode gate = document.at("/results/gate");
    if (gate.isObject()) {
      line(
          "  Tests: %s passed, %s failed; coverage %s %% lines, %s %% branches (threshold %s %%)"
              .formatted(
                  gate.path("testsPassed").asText(),
                  gate.path("testsFailed").asText(),
                  gate.path("linePct").asText(),
                  gate.path("branchPct").asText(),
                  gate.path("threshold").asText()));
    }
  }

  /**
   * A Lambda task's cause is the function's error document; its message is what the reader needs.
   * Anything else is shown as it is, cut to a screenful.
   */
  static String readableCause(String cause) {
    String readable = cause;
    try {
      JsonNode document = Json.parse(cause);
      if (document.path("errorMessage").isTextual()) {
        readable = document.path("errorMessage").asText();
      }
    } catch (RuntimeException notJson) {
      // Not every cause is a JSON document (a States.* error's is plain text).
    }
    return readable.length() > MAX_CAUSE ? readable.substring(0, MAX_CAUSE) + " ..." : readable;
  }

  private void optional(String label, JsonNode value) {
    if (value.isTextual() && !value.asText().isEmpty()) {
      line(label + value.asText());
    }
  }

  private void line(String text) {
    out.println(scrubber.scrub(text));
  }

  /**
   * The execution's document: its output when it succeeded, else the input of the last state it
   * entered (a Fail state's input is the document as the failure path left it).
   */
  private static JsonNode document(ExecutionResult result) {
    if (result.output() != null) {
      return result.output();
    }
    List<HistoryEvent> events = result.history().events();
    for (int i = events.size() - 1; i >= 0; i--) {
      HistoryEvent event = events.get(i);
      if (event.type().endsWith("StateEntered") && event.detail("input") != null) {
        return Json.parse(event.detail("input"));
      }
    }
    return Json.object();
  }
}
