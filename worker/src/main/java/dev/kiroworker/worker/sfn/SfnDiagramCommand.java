package dev.kiroworker.worker.sfn;

import dev.kiroworker.statemachine.InvalidDefinitionException;
import dev.kiroworker.statemachine.diagram.DiagramCheck;
import dev.kiroworker.statemachine.diagram.MarkdownDiagram;
import dev.kiroworker.statemachine.diagram.MarkdownDiagramException;
import dev.kiroworker.statemachine.diagram.MermaidDiagram;
import dev.kiroworker.worker.cli.Console;
import dev.kiroworker.worker.cli.ExitCode;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kiro-worker sfn diagram}: draws a definition as a Mermaid flowchart, and writes or checks
 * the copy kept in a Markdown file between generated-diagram markers.
 */
@Command(
    name = "diagram",
    description = {
      "Draws a state machine definition as a Mermaid flowchart and prints it on stdout.",
      "--update-markdown writes it into a Markdown file, between the lines"
          + " '<!-- BEGIN GENERATED DIAGRAM: <definition path> -->' and"
          + " '<!-- END GENERATED DIAGRAM -->'; --check-markdown only says whether that copy is"
          + " current. See docs/engine/diagram.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the diagram was printed or written, or the Markdown file's copy is current",
      "1:--check-markdown: the Markdown file's diagram is out of date",
      "2:usage error: an unknown, missing or conflicting option",
      "3:invalid input: a file cannot be read or written, the definition is invalid, or the"
          + " Markdown file's markers are missing, repeated or name another definition"
    })
public final class SfnDiagramCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--definition",
      required = true,
      paramLabel = "FILE",
      description = "The Amazon States Language definition (JSON) to draw.")
  private Path definition;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the diagram to this file instead of stdout.")
  private Path output;

  @Option(
      names = "--update-markdown",
      paramLabel = "FILE",
      description = "Replace the generated-diagram block of this Markdown file with the diagram.")
  private Path updateMarkdown;

  @Option(
      names = "--check-markdown",
      paramLabel = "FILE",
      description =
          "Exit 1 when the generated-diagram block of this Markdown file is not the diagram.")
  private Path checkMarkdown;

  private final Console console;

  SfnDiagramCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    requireOneDestination();
    SfnInputs inputs = new SfnInputs(console.in());
    String definitionJson = inputs.text("definition", definition);
    String diagram = draw(definitionJson);
    if (checkMarkdown != null) {
      return check(inputs.text("Markdown file", checkMarkdown), definitionJson);
    }
    if (updateMarkdown != null) {
      return update(inputs.text("Markdown file", updateMarkdown), diagram);
    }
    if (output != null) {
      write("diagram", output, diagram);
    } else {
      console.out().print(diagram);
    }
    return ExitCode.OK;
  }

  private void requireOneDestination() {
    long given = Stream.of(output, updateMarkdown, checkMarkdown).filter(p -> p != null).count();
    if (given > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--output, --update-markdown and --check-markdown exclude each other; give one of them");
    }
  }

  private String draw(String definitionJson) {
    try {
      return MermaidDiagram.of(definitionJson);
    } catch (InvalidDefinitionException e) {
      throw SfnInputs.invalidDefinition(definition, e);
    }
  }

  private int check(String markdown, String definitionJson) {
    DiagramCheck check;
    try {
      check = MarkdownDiagram.check(checkMarkdown, markdown, definition, definitionJson);
    } catch (MarkdownDiagramException e) {
      throw invalidMarkdown(checkMarkdown, e);
    }
    if (check.upToDate()) {
      console.out().println(check.message());
      return ExitCode.OK;
    }
    console.err().println(check.message());
    return ExitCode.NOT_SUCCEEDED;
  }

  private int update(String markdown, String diagram) {
    String updated;
    try {
      updated = MarkdownDiagram.update(updateMarkdown, markdown, definition, diagram);
    } catch (MarkdownDiagramException e) {
      throw invalidMarkdown(updateMarkdown, e);
    }
    if (updated.equals(markdown)) {
      console.err().println("sfn diagram: " + updateMarkdown + "'s diagram is already up to date");
    } else {
      write("Markdown file", updateMarkdown, updated);
      console.err().println("sfn diagram: updated the diagram in " + updateMarkdown);
    }
    return ExitCode.OK;
  }

  private static InvalidInputException invalidMarkdown(Path file, MarkdownDiagramException e) {
    // Messages about markers name lines, not the file; messages about the source name both.
    String message = e.getMessage();
    return new InvalidInputException(
        message.startsWith(file.toString()) ? message : file + ": " + message);
  }

  private static void write(String what, Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw InvalidInputException.unwritable(what, file, e);
    }
  }
}
