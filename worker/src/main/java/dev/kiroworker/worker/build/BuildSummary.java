package dev.kiroworker.worker.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * The build's {@code summary.json}: one object with a section per step ({@code checkout}, {@code
 * steering}, {@code implement}, {@code verify}, {@code publish}), each written by its step. Steps
 * run one after another, so each reads the file, replaces its own section and writes it back; the
 * write goes through a temporary file and a rename, so a step killed mid-write leaves the previous
 * summary intact.
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "checkout":  {"branch": "...", "headSha": "...", "specPath": "..."},
 *  "steering":  {"packVersion": "1.0.0", "added": [...], "updated": [...], "pinned": [...]},
 *  "implement": {"completed": ["1", "1.2"], "remaining": 3, "stoppedBecause": "TASK_LIMIT", ...},
 *  "verify":    {"testsPassed": 12, "testsFailed": 0, "linePct": 91.2, "gate": "PASSED", ...},
 *  "publish":   {"pushed": true, "commitSha": "...", "attempts": 1}}
 * }</pre>
 */
public final class BuildSummary {

  /** Bumped when a section changes in a way a reader must know about. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON = JsonMapper.shared();

  private final Path file;
  private final ObjectNode document;

  private BuildSummary(Path file, ObjectNode document) {
    this.file = file;
    this.document = document;
  }

  /**
   * The summary in {@code file}, or a new empty one when the file does not exist yet.
   *
   * @throws BuildInputException when the file exists but is not a JSON object
   */
  public static BuildSummary load(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      ObjectNode fresh = JSON.createObjectNode();
      fresh.put("schemaVersion", SCHEMA_VERSION);
      return new BuildSummary(file, fresh);
    }
    try {
      JsonNode read = JSON.readTree(file.toFile());
      if (!(read instanceof ObjectNode object)) {
        throw new BuildInputException("The build summary " + file + " is not a JSON object.");
      }
      return new BuildSummary(file, object);
    } catch (IOException e) {
      throw new BuildInputException(
          "The build summary " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The summary of {@code output}; see {@link #load}. */
  public static BuildSummary of(BuildOutput output) {
    return load(output.summaryFile());
  }

  /** A step's section, if that step has written one. */
  public Optional<ObjectNode> section(String step) {
    return document.get(step) instanceof ObjectNode section
        ? Optional.of(section)
        : Optional.empty();
  }

  /** Replaces {@code step}'s section with {@code content}; call {@link #save} to write it. */
  public BuildSummary put(String step, ObjectNode content) {
    document.set(Objects.requireNonNull(step, "step"), content.deepCopy());
    return this;
  }

  /** The whole document, a copy. */
  public ObjectNode toJson() {
    return document.deepCopy();
  }

  /** Writes the summary back to its file, atomically where the file system allows. */
  public void save() {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path temporary = Files.createTempFile(parent, ".summary", ".tmp");
      JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), document);
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the build summary " + file, e);
    }
  }
}
