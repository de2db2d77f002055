package dev.kiroworker.worker.build.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.kiroworker.worker.build.BuildInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a target repository's {@code .kiro/worker.yml}: how to run its tests and where their
 * reports are. Every key is optional; what is missing comes from detection. Every problem in the
 * file is collected with its location ({@code test.command[2]}) and reported at once.
 *
 * <pre>{@code
 * test:
 *   command: [./mvnw, -B, verify]     # or one string, split on whitespace; never a shell
 *   timeoutMinutes: 30                # 1 to 240
 *   environment: {SPRING_PROFILES_ACTIVE: test}
 * reports:
 *   junit: [target/surefire-reports/TEST-*.xml]
 *   coverage: target/site/jacoco/jacoco.xml
 * coverage:
 *   threshold: 85                     # overrides COVERAGE_THRESHOLD for this repository
 * }</pre>
 */
final class WorkerYml {

  /** Where the file lives, relative to the repository root. */
  static final String PATH = ".kiro/worker.yml";

  /** A configuration file is a few hundred bytes; anything near this is not one. */
  static final int MAX_BYTES = 64 * 1024;

  /** Variables the test command may not set: they hold the build's own secrets. */
  static final Set<String> PROTECTED_VARIABLES =
      Set.of(
          "GITHUB_TOKEN",
          "GH_TOKEN",
          "KIRO_API_KEY",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN");

  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final int MAX_ARGUMENTS = 200;

  private static final Map<String, Set<String>> KEYS =
      Map.of(
          "",
          Set.of("test", "reports", "coverage"),
          "test",
          Set.of("command", "timeoutMinutes", "environment"),
          "reports",
          Set.of("junit", "coverage"),
          "coverage",
          Set.of("threshold"));

  // Duplicate keys are refused: with "last one wins", a second `command:` lower down would
  // silently replace the one a reviewer read.
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /**
   * The repository's settings; each is null (or empty) when the file does not set it.
   *
   * @param command the test command's arguments
   * @param timeoutMinutes the test command's timeout
   * @param environment variables for the test command
   * @param junit globs of the JUnit XML reports
   * @param coverage the path or glob of the coverage report
   * @param threshold the coverage threshold
   */
  record Settings(
      List<String> command,
      Integer timeoutMinutes,
      Map<String, String> environment,
      List<String> junit,
      String coverage,
      Integer threshold) {}

  private final List<String> problems = new ArrayList<>();

  private WorkerYml() {}

  /**
   * The settings in {@code root}'s {@code .kiro/worker.yml}, or empty when it has none.
   *
   * @throws BuildInputException when the file cannot be read or is not valid, with every problem
   */
  static Optional<Settings> read(Path root) {
    Path file = root.resolve(PATH);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!RepoPath.isFileInside(root, file)) {
      throw new BuildInputException(
          PATH + " is not a regular file inside the repository (a folder, or a link out of it).");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new BuildInputException("Cannot read " + PATH + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new BuildInputException(
          PATH + " is larger than " + MAX_BYTES / 1024 + " KiB; it is not a worker.yml.");
    }
    return Optional.of(parse(new String(bytes, StandardCharsets.UTF_8)));
  }

  /**
   * Parses the text of a worker.yml.
   *
   * @throws BuildInputException when it is not valid, listing every problem
   */
  static Settings parse(String text) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw new BuildInputException(
          PATH
              + " is not valid YAML"
              + (where == null ? "" : " (line " + where.getLineNr() + ")")
              + ": "
              + e.getOriginalMessage());
    }
    return new WorkerYml().settings(root);
  }

  private Settings settings(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new Settings(null, null, Map.of(), List.of(), null, null);
    }
    if (!root.isObject()) {
      throw invalid(List.of("the file must be a mapping with the keys test, reports, coverage"));
    }
    checkKeys(root, "");
    JsonNode test = section(root, "test");
    JsonNode reports = section(root, "reports");
    JsonNode coverage = section(root, "coverage");
    Settings settings =
        new Settings(
            command(test.get("command")),
            integer(test.get("timeoutMinutes"), "test.timeoutMinutes", 1, 240),
            environment(test.get("environment")),
            junit(reports.get("junit")),
            coveragePath(reports.get("coverage")),
            integer(coverage.get("threshold"), "coverage.threshold", 0, 100));
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return settings;
  }

  private JsonNode section(JsonNode root, String name) {
    JsonNode section = root.path(name);
    if (section.isMissingNode() || section.isNull()) {
      return MissingNode.getInstance();
    }
    if (!section.isObject()) {
      problems.add(name + ": must be a mapping of " + String.join(", ", sorted(KEYS.get(name))));
      return MissingNode.getInstance();
    }
    checkKeys(section, name);
    return section;
  }

  private void checkKeys(JsonNode mapping, String path) {
    Set<String> known = KEYS.get(path);
    mapping
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                String location = path.isEmpty() ? key : path + "." + key;
                problems.add(
                    "unknown key '"
                        + shown(key)
                        + "' at "
                        + shown(location)
                        + "; the keys allowed "
                        + (path.isEmpty() ? "at the top" : "under " + path)
                        + " are "
                        + String.join(", ", sorted(known)));
              }
            });
  }

  private List<String> command(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    List<String> arguments = new ArrayList<>();
    if (node.isTextual()) {
      // Whitespace only: quotes, $, ; and | mean nothing here, as no shell reads the command.
      for (String part : node.asText().strip().split("\\s+")) {
        if (!part.isEmpty()) {
          arguments.add(part);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (element.isValueNode() && !element.isNull()) {
          arguments.add(element.asText());
        } else {
          problems.add("test.command[" + i + "]: must be a string");
        }
      }
    } else {
      problems.add(
          "test.command: must be a list of arguments, e.g. [npm, test], or one string split on"
              + " spaces");
      return null;
    }
    if (arguments.isEmpty() || arguments.getFirst().isBlank()) {
      problems.add("test.command: is empty; give the program to run first, then its arguments");
    } else if (arguments.size() > MAX_ARGUMENTS) {
      problems.add("test.command: has more than " + MAX_ARGUMENTS + " arguments");
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (CONTROL.matcher(arguments.get(i)).find()) {
        problems.add("test.command[" + i + "]: contains a control character");
      }
    }
    return arguments;
  }

  private Integer integer(JsonNode node, String location, int min, int max) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problems.add(location + ": must be a whole number from " + min + " to " + max);
      return null;
    }
    int value = node.intValue();
    if (value < min || value > max) {
      problems.add(location + ": must be from " + min + " to " + max + ", was " + value);
      return null;
    }
    return value;
  }

  private Map<String, String> environment(JsonNode node) {
    Map<String, String> environment = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return environment;
    }
    if (!node.isObject()) {
      problems.add("test.environment: must be a mapping of variable names to values");
      return environment;
    }
    node.properties()
        .forEach(
            entry -> {
              String name = entry.getKey();
              String location = "test.environment." + shown(name);
              if (!VARIABLE_NAME.matcher(name).matches()) {
                problems.add(location + ": a variable name must match [A-Z_][A-Z0-9_]*");
              } else if (PROTECTED_VARIABLES.contains(name)) {
                problems.add(location + ": holds one of the build's secrets and cannot be set");
              } else if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                problems.add(location + ": the value must be a string");
              } else {
                environment.put(name, entry.getValue().asText());
              }
            });
    return environment;
  }

  private List<String> junit(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return checkedPath(node.asText(), "reports.junit") ? List.of(node.asText()) : List.of();
    }
    if (!node.isArray() || node.isEmpty()) {
      problems.add("reports.junit: must be a list of paths or globs relative to the repository");
      return List.of();
    }
    List<String> globs = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String location = "reports.junit[" + i + "]";
      if (!node.get(i).isTextual()) {
        problems.add(location + ": must be a string");
      } else if (checkedPath(node.get(i).asText(), location)) {
        globs.add(node.get(i).asText());
      }
    }
    return globs;
  }

  private String coveragePath(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add("reports.coverage: must be one path or glob relative to the repository");
      return null;
    }
    return checkedPath(node.asText(), "reports.coverage") ? node.asText() : null;
  }

  private boolean checkedPath(String path, String location) {
    Optional<String> problem = RepoPath.problem(path);
    problem.ifPresent(reason -> problems.add(location + ": '" + shown(path) + "' " + reason));
    return problem.isEmpty();
  }

  private static BuildInputException invalid(List<String> problems) {
    StringBuilder message = new StringBuilder(PATH + " is not valid:");
    problems.forEach(problem -> message.append("\n  - ").append(problem));
    message.append("\nSee docs/worker-yml.md for the keys and their values.");
    return new BuildInputException(message.toString());
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  /** A key or value from the file, cut short and without control characters, for a message. */
  private static String shown(String text) {
    String cleaned = CONTROL.matcher(text).replaceAll("?");
    return cleaned.length() > 60 ? cleaned.substring(0, 60) + "..." : cleaned;
  }
}
