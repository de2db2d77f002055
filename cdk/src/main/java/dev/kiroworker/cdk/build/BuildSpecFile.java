package dev.kiroworker.cdk.build;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repository's {@code buildspec.yml}, read to be inlined into the CodeBuild project.
 *
 * <p>A <em>placeholder</em> is {@code ${Name}} with a PascalCase name, e.g. {@code
 * ${GitHubTokenSecretArn}}; the deployment replaces each one with a value. Anything else with a
 * dollar sign ({@code $KIRO_ENVIRONMENT}, {@code ${CODEBUILD_SRC_DIR}}) is the shell's and is left
 * alone. A placeholder the deployment has no value for is refused rather than shipped, since
 * CodeBuild would otherwise read it literally (as a secret's ARN, say) and fail at build time.
 */
public final class BuildSpecFile {

  /** PascalCase: an upper-case letter first and at least one lower-case letter. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)}");

  private static final YAMLMapper YAML = new YAMLMapper();

  private final Path file;
  private final Map<String, Object> document;

  private BuildSpecFile(Path file, Map<String, Object> document) {
    this.file = file;
    this.document = document;
  }

  /**
   * Reads and parses {@code file}.
   *
   * @throws InvalidBuildSpecException if it cannot be read or is not a YAML mapping
   */
  public static BuildSpecFile read(Path file) {
    Objects.requireNonNull(file, "file");
    Map<String, Object> document;
    try {
      document = YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
    } catch (JacksonException e) {
      throw new InvalidBuildSpecException(
          file + " is not a YAML mapping: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InvalidBuildSpecException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (document == null) {
      throw new InvalidBuildSpecException(
          file + " holds no document; it must be a buildspec (version 0.2).");
    }
    return new BuildSpecFile(file, document);
  }

  /**
   * The document with every placeholder replaced by its value in {@code values}; the values may be
   * CDK tokens, which resolve to references when the stack is synthesized.
   *
   * @throws InvalidBuildSpecException if the file has a placeholder {@code values} does not name,
   *     or a placeholder in a key
   */
  public Map<String, Object> substitute(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    @SuppressWarnings("unchecked")
    Map<String, Object> substituted =
        (Map<String, Object>) substitute(document, values, "the document");
    return substituted;
  }

  /**
   * The report groups under {@code reports:}, in file order; none when there is no such section.
   *
   * @throws InvalidBuildSpecException if a group is not a mapping or has an unknown file format
   */
  public List<DeclaredReportGroup> reportGroups() {
    Object reports = document.get("reports");
    if (reports == null) {
      return List.of();
    }
    if (!(reports instanceof Map<?, ?> groups)) {
      throw new InvalidBuildSpecException(file + ": 'reports' must be a mapping of report groups.");
    }
    List<DeclaredReportGroup> declared = new ArrayList<>();
    groups.forEach(
        (name, group) -> {
          if (!(group instanceof Map<?, ?> settings)) {
            throw new InvalidBuildSpecException(
                file + ": report group '" + name + "' must be a mapping with 'files'.");
          }
          Object format = settings.get("file-format");
          declared.add(
              DeclaredReportGroup.of(
                  String.valueOf(name),
                  format == null ? DeclaredReportGroup.DEFAULT_FILE_FORMAT : format.toString()));
        });
    return List.copyOf(declared);
  }

  private Object substitute(Object node, Map<String, String> values, String where) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (key, value) -> {
            String name = String.valueOf(key);
            if (PLACEHOLDER.matcher(name).find()) {
              throw new InvalidBuildSpecException(
                  file + ": the key '" + name + "' holds a placeholder; only values may.");
            }
            copy.put(name, substitute(value, values, "'" + name + "'"));
          });
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(item -> substitute(item, values, where)).toList();
    }
    if (node instanceof String text) {
      return substituteText(text, values, where);
    }
    return node;
  }

  private String substituteText(String text, Map<String, String> values, String where) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new InvalidBuildSpecException(
            file
                + ": "
                + where
                + " holds the placeholder "
                + placeholder.group()
                + ", which the deployment does not fill; it fills "
                + values.keySet().stream().sorted().map(name -> "${" + name + "}").toList()
                + ". Remove it, or write a shell variable in upper case ($NAME).");
      }
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}
