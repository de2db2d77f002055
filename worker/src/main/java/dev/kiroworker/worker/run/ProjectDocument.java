package dev.kiroworker.worker.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfigParser;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project document of a local run: the {@code --config} file, in the format of the SSM
 * parameter a deployment reads, with the board flags laid over it; checked by the same parser the
 * Lambda handlers use, so a document that works here works deployed.
 */
final class ProjectDocument {

  private ProjectDocument() {}

  /**
   * @param file the document, or null to build it from the flags alone
   * @throws InvalidInputException when the file cannot be read, or the result is not a valid
   *     project document (with the parser's message)
   */
  static ProjectConfig from(Path file, BoardFlags flags) {
    if (file == null && !flags.complete()) {
      throw new InvalidInputException(
          "name the board: give --config FILE (the project document), or --owner,"
              + " --project-number and at least one --repository");
    }
    String source = file == null ? "the command line" : file.toString();
    String text = file == null ? "{}" : read(file);
    ObjectNode document = asObject(text);
    try {
      if (document == null) {
        // Not a JSON object: the parser says what is wrong with it, as it would deployed.
        return ProjectConfigParser.parse(text, source);
      }
      flags.applyTo(document);
      return ProjectConfigParser.parse(JsonMapper.shared().writeValueAsString(document), source);
    } catch (PermanentException | JsonProcessingException e) {
      throw new InvalidInputException(e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw InvalidInputException.unreadable("project document", file, e);
    }
  }

  private static ObjectNode asObject(String text) {
    try {
      JsonNode node = JsonMapper.shared().readTree(text);
      return node instanceof ObjectNode object ? object : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
