package dev.kiroworker.statemachine.diagram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps a generated Mermaid diagram inside a Markdown file, between two marker lines:
 *
 * <pre>
 * &lt;!-- BEGIN GENERATED DIAGRAM: statemachine/work-item.asl.json --&gt;
 * ```mermaid
 * flowchart TD
 *     ...
 * ```
 * &lt;!-- END GENERATED DIAGRAM --&gt;
 * </pre>
 *
 * The BEGIN marker names the definition the diagram is drawn from. Everything outside the markers
 * is left as it is. A file has at most one such block.
 */
public final class MarkdownDiagram {

  /** The line that ends the generated block. */
  public static final String END_MARKER = "<!-- END GENERATED DIAGRAM -->";

  private static final String BEGIN_START = "<!-- BEGIN GENERATED DIAGRAM";
  private static final Pattern BEGIN = Pattern.compile("<!-- BEGIN GENERATED DIAGRAM: (\\S+) -->");
  private static final String FENCE_OPEN = "```mermaid";
  private static final String FENCE_CLOSE = "```";

  private MarkdownDiagram() {}

  /** The line that starts a block drawn from {@code source}, a path from the repository's root. */
  public static String beginMarker(String source) {
    return "<!-- BEGIN GENERATED DIAGRAM: " + source + " -->";
  }

  /**
   * The block between the markers.
   *
   * @throws MarkdownDiagramException when a marker is missing, repeated or malformed, or the block
   *     holds anything but one {@code ```mermaid} code block (or nothing)
   */
  public static GeneratedBlock extract(String markdown) {
    List<String> lines = lines(markdown);
    Span span = span(lines);
    List<String> inside = trimBlankLines(lines.subList(span.begin() + 1, span.end()));
    if (inside.isEmpty()) {
      return new GeneratedBlock(span.source(), "");
    }
    if (inside.size() < 2
        || !inside.getFirst().strip().equals(FENCE_OPEN)
        || !inside.getLast().strip().equals(FENCE_CLOSE)) {
      throw new MarkdownDiagramException(
          "lines %d to %d, between the markers, must hold one %s code block; regenerate them with --update-markdown"
              .formatted(span.begin() + 2, span.end(), FENCE_OPEN));
    }
    List<String> diagram = inside.subList(1, inside.size() - 1);
    return new GeneratedBlock(
        span.source(), diagram.stream().map(line -> line + "\n").collect(Collectors.joining()));
  }

  /**
   * {@code markdown} with the block between the markers replaced by {@code diagram} in a {@code
   * ```mermaid} code block; the markers and everything else are kept.
   *
   * @throws MarkdownDiagramException when a marker is missing, repeated or malformed
   */
  public static String replace(String markdown, String diagram) {
    List<String> lines = lines(markdown);
    Span span = span(lines);
    List<String> out = new ArrayList<>(lines.subList(0, span.begin() + 1));
    out.add(FENCE_OPEN);
    out.addAll(
        lines(diagram.endsWith("\n") ? diagram.substring(0, diagram.length() - 1) : diagram));
    out.add(FENCE_CLOSE);
    out.addAll(lines.subList(span.end(), lines.size()));
    return String.join("\n", out);
  }

  /**
   * Whether the diagram in {@code markdownFile} is what {@code definitionFile} gives now. Meant for
   * a test that keeps a document honest; the message of a stale diagram names the command that
   * regenerates it, with the paths as given here.
   *
   * @throws UncheckedIOException when a file cannot be read
   * @throws MarkdownDiagramException when the block is malformed or names another definition
   * @throws dev.kiroworker.statemachine.InvalidDefinitionException when the definition is invalid
   */
  public static DiagramCheck check(Path markdownFile, Path definitionFile) {
    return check(markdownFile, read(markdownFile), definitionFile, read(definitionFile));
  }

  /** {@link #check(Path, Path)} for files already read: the paths only name them in messages. */
  public static DiagramCheck check(
      Path markdownFile, String markdown, Path definitionFile, String definitionJson) {
    GeneratedBlock block = extract(markdown);
    requireSource(markdownFile, block.source(), definitionFile);
    if (block.diagram().equals(MermaidDiagram.of(definitionJson))) {
      return new DiagramCheck(
          true, "%s's diagram is up to date with %s".formatted(markdownFile, definitionFile));
    }
    return new DiagramCheck(
        false,
        "%s's diagram is out of date; run: kiro-worker sfn diagram --definition %s --update-markdown %s"
            .formatted(markdownFile, definitionFile, markdownFile));
  }

  /**
   * {@link #replace} after checking that the BEGIN marker names {@code definitionFile}, so that a
   * diagram is never written into a block meant for another definition. Unlike {@link #extract}, it
   * takes any content between the markers: it is what repairs a block edited by hand.
   *
   * @throws MarkdownDiagramException when a marker is missing, repeated or malformed, or names
   *     another definition
   */
  public static String update(
      Path markdownFile, String markdown, Path definitionFile, String diagram) {
    requireSource(markdownFile, span(lines(markdown)).source(), definitionFile);
    return replace(markdown, diagram);
  }

  private static void requireSource(Path markdownFile, String source, Path definitionFile) {
    if (!new GeneratedBlock(source, "").isFrom(definitionFile)) {
      throw new MarkdownDiagramException(
          "%s's diagram is drawn from %s (its BEGIN marker says so), not from %s; give that definition, or change the marker if the definition moved"
              .formatted(markdownFile, source, definitionFile));
    }
  }

  /** Where the markers are: 0-based line indexes, and the source the BEGIN marker names. */
  private record Span(int begin, int end, String source) {}

  private static Span span(List<String> lines) {
    List<Integer> begins = markerLines(lines, BEGIN_START);
    List<Integer> ends = markerLines(lines, "<!-- END GENERATED DIAGRAM");
    if (begins.isEmpty()) {
      throw new MarkdownDiagramException(
          "no BEGIN marker; add the line %s where the diagram goes, and %s after it"
              .formatted(beginMarker("<definition path>"), END_MARKER));
    }
    if (begins.size() > 1) {
      throw new MarkdownDiagramException(
          "%d BEGIN markers (lines %s); a file holds one generated diagram, keep one"
              .formatted(begins.size(), numbers(begins)));
    }
    int begin = begins.getFirst();
    Matcher marker = BEGIN.matcher(lines.get(begin).strip());
    if (!marker.matches()) {
      throw new MarkdownDiagramException(
          "line %d: the BEGIN marker must read %s"
              .formatted(begin + 1, beginMarker("<definition path>")));
    }
    if (ends.size() != 1) {
      throw new MarkdownDiagramException(
          "%s END markers%s; the BEGIN marker on line %d needs exactly one %s after it"
              .formatted(
                  ends.isEmpty() ? "no" : ends.size(),
                  ends.isEmpty() ? "" : " (lines " + numbers(ends) + ")",
                  begin + 1,
                  END_MARKER));
    }
    int end = ends.getFirst();
    if (end < begin || !lines.get(end).strip().equals(END_MARKER)) {
      throw new MarkdownDiagramException(
          "line %d: the END marker must read %s and come after the BEGIN marker on line %d"
              .formatted(end + 1, END_MARKER, begin + 1));
    }
    return new Span(begin, end, marker.group(1));
  }

  private static List<Integer> markerLines(List<String> lines, String start) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(start)) {
        found.add(i);
      }
    }
    return found;
  }

  private static String numbers(List<Integer> indexes) {
    return indexes.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
  }

  private static List<String> trimBlankLines(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) {
      from++;
    }
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return lines.subList(from, to);
  }

  // A checkout with CRLF line endings (git's autocrlf on Windows) still compares equal; a file
  // that is rewritten gets LF endings, as the repository stores it.
  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\r?\n", -1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
