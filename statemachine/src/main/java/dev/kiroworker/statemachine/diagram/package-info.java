/**
 * Draws a definition as a Mermaid flowchart ({@link MermaidDiagram}) and keeps such a drawing in a
 * Markdown file in step with its definition ({@link MarkdownDiagram}), so that documentation shows
 * the workflow as it is rather than as it was when someone last drew it.
 */
package dev.kiroworker.statemachine.diagram;
