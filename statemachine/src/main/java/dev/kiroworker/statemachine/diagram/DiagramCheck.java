package dev.kiroworker.statemachine.diagram;

import java.util.Objects;

/**
 * Whether a Markdown file's generated diagram still matches its definition.
 *
 * @param upToDate true when the block holds exactly what would be generated now
 * @param message one sentence for people; when out of date, the command that regenerates it
 */
public record DiagramCheck(boolean upToDate, String message) {

  public DiagramCheck {
    Objects.requireNonNull(message, "message");
  }
}
