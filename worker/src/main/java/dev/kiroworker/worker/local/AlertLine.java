package dev.kiroworker.worker.local;

import com.fasterxml.jackson.databind.JsonNode;

/** One alert the workflow published, as one printed line: its subject and summary. */
public final class AlertLine {

  private AlertLine() {}

  /** {@code <Subject>: <Message.summary>}, or the subject alone when there is no summary. */
  public static String of(JsonNode alert) {
    String subject = alert.path("Subject").asText("");
    String summary = alert.at("/Message/summary").asText("");
    return summary.isEmpty() ? subject : subject + ": " + summary;
  }
}
