package dev.kiroworker.statemachine.diagram;

/**
 * A Markdown file's generated-diagram block cannot be used: a marker is missing, repeated or out of
 * order, the block holds something other than a Mermaid code block, or it names another definition.
 * The message says which line and how to fix it.
 */
public final class MarkdownDiagramException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MarkdownDiagramException(String message) {
    super(message);
  }
}
