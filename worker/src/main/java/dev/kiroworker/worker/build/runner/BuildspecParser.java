package dev.kiroworker.worker.build.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a buildspec file and validates all of it before anything runs: every problem is collected
 * with its location and reported at once in a {@link BuildspecException}. Settings CodeBuild has
 * but this runner cannot emulate are either refused (batch builds, retries) or accepted with a
 * warning (run-as, cache, proxy).
 */
public final class BuildspecParser {

  static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Set<String> TOP_KEYS =
      Set.of("version", "run-as", "env", "phases", "reports", "artifacts", "cache", "proxy");
  private static final Set<String> ENV_KEYS =
      Set.of(
          "shell",
          "variables",
          "parameter-store",
          "secrets-manager",
          "exported-variables",
          "git-credential-helper");
  private static final Set<String> PHASE_KEYS =
      Set.of("run-as", "on-failure", "runtime-versions", "commands", "finally");
  private static final Set<String> SHELLS = Set.of("bash", "/bin/bash", "sh", "/bin/sh");

  // Duplicate keys are an error: YAML parsers otherwise keep the last one silently.
  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final YamlReader reader = new YamlReader();
  private final List<String> warnings = new ArrayList<>();

  private BuildspecParser() {}

  /**
   * Reads and validates the buildspec in {@code file}.
   *
   * @throws BuildspecException when it cannot be read or is not valid
   */
  public static Buildspec parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BuildspecException(
          "cannot read the buildspec " + file + ": " + e + "; check the path");
    }
    return parse(text, file.toString());
  }

  /** Validates buildspec {@code text}; {@code source} names it in messages. */
  public static Buildspec parse(String text, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BuildspecException(
          "the buildspec %s is not valid YAML: %s (line %d, column %d)"
              .formatted(
                  source,
                  e.getOriginalMessage(),
                  e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                  e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    }
    return new BuildspecParser().read(root == null ? YAML.missingNode() : root, source);
  }

  private Buildspec read(JsonNode root, String source) {
    if (!root.isObject()) {
      throw new BuildspecException(
          "the buildspec " + source + " is empty or not a mapping; it needs version and phases");
    }
    reader.onlyKnownKeys(root, "", TOP_KEYS);
    checkVersion(root.path("version"));
    warnIfSet(root, "", "run-as", "commands run as the user running kiro-worker");
    warnIfSet(root, "", "cache", "the local runner keeps no cache between builds");
    warnIfSet(root, "", "proxy", "the local runner uses this machine's network settings");
    EnvSection env = readEnv(root.path("env"));
    List<BuildspecPhase> phases = readPhases(root.path("phases"));
    FileSectionsParser files = new FileSectionsParser(reader, warnings);
    List<ReportGroup> reports = files.reports(root.path("reports"));
    Optional<ArtifactsSpec> artifacts = files.artifacts(root.path("artifacts"));
    if (!reader.problems().isEmpty()) {
      throw BuildspecException.listing(
          "the buildspec " + source + " is not valid; nothing was run:", reader.problems());
    }
    return new Buildspec(
        env.shell,
        env.variables,
        env.parameterStore,
        env.secretsManager,
        env.exported,
        phases,
        reports,
        artifacts,
        warnings);
  }

  private void checkVersion(JsonNode version) {
    if (version.isMissingNode()) {
      reader.problem("version", "is required; set it to 0.2");
      return;
    }
    reader
        .scalar(version, "version")
        .filter(value -> !value.equals("0.2"))
        .ifPresent(
            value ->
                reader.problem(
                    "version",
                    "only 0.2 is supported (0.1 runs each command in its own shell), was "
                        + value));
  }

  private void warnIfSet(JsonNode mapping, String location, String key, String consequence) {
    if (mapping.has(key)) {
      warnings.add(YamlReader.join(location, key) + " is ignored: " + consequence);
    }
  }

  private EnvSection readEnv(JsonNode env) {
    EnvSection section = new EnvSection();
    if (env.isMissingNode() || !reader.isMapping(env, "env")) {
      return section;
    }
    reader.onlyKnownKeys(env, "env", ENV_KEYS);
    if (env.has("shell")) {
      reader
          .scalar(env.get("shell"), "env.shell")
          .ifPresent(
              shell -> {
                if (SHELLS.contains(shell)) {
                  section.shell = shell;
                } else {
                  reader.problem("env.shell", "must be bash or /bin/sh on Linux, was " + shell);
                }
              });
    }
    section.variables = names(env, "variables");
    section.parameterStore = names(env, "parameter-store");
    section.secretsManager = names(env, "secrets-manager");
    section.secretsManager.keySet().stream()
        .filter(section.parameterStore::containsKey)
        .forEach(
            name -> reader.problem("env.secrets-manager." + name, "is also in parameter-store"));
    if (env.has("exported-variables")) {
      section.exported = reader.scalarList(env.get("exported-variables"), "env.exported-variables");
      section.exported.forEach(name -> checkExported(name, section));
    }
    if (env.has("git-credential-helper")) {
      reader.yesNo(env.get("git-credential-helper"), "env.git-credential-helper");
      warnings.add("env.git-credential-helper is ignored: git uses this machine's credentials");
    }
    return section;
  }

  private Map<String, String> names(JsonNode env, String key) {
    if (!env.has(key)) {
      return Map.of();
    }
    Map<String, String> values = reader.scalarMap(env.get(key), "env." + key);
    values.keySet().forEach(name -> checkName(name, "env." + key + "." + name));
    return values;
  }

  private void checkName(String name, String location) {
    if (!VARIABLE_NAME.matcher(name).matches()) {
      reader.problem(location, "is not a valid environment variable name");
    } else if (name.startsWith("CODEBUILD_")) {
      reader.problem(location, "names starting with CODEBUILD_ are reserved for CodeBuild");
    }
  }

  private void checkExported(String name, EnvSection env) {
    String location = "env.exported-variables." + name;
    if (!VARIABLE_NAME.matcher(name).matches()) {
      reader.problem(location, "is not a valid environment variable name");
    } else if (name.startsWith("AWS_")) {
      reader.problem(location, "variables starting with AWS_ cannot be exported");
    } else if (env.parameterStore.containsKey(name) || env.secretsManager.containsKey(name)) {
      reader.problem(location, "is a secret; secrets cannot be exported");
    }
  }

  private List<BuildspecPhase> readPhases(JsonNode phases) {
    List<BuildspecPhase> result = new ArrayList<>();
    if (phases.isMissingNode()) {
      reader.problem("phases", "is required; give at least one of install, pre_build, build");
      return result;
    }
    if (!reader.isMapping(phases, "phases")) {
      return result;
    }
    Set<String> known = new java.util.HashSet<>();
    for (PhaseType type : PhaseType.values()) {
      known.add(type.key());
    }
    reader.onlyKnownKeys(phases, "phases", known);
    for (PhaseType type : PhaseType.values()) {
      JsonNode phase = phases.path(type.key());
      if (!phase.isMissingNode()) {
        readPhase(type, phase).ifPresent(result::add);
      }
    }
    return result;
  }

  private Optional<BuildspecPhase> readPhase(PhaseType type, JsonNode phase) {
    String at = "phases." + type.key();
    if (!reader.isMapping(phase, at)) {
      return Optional.empty();
    }
    reader.onlyKnownKeys(phase, at, PHASE_KEYS);
    if (phase.has("runtime-versions")) {
      if (type == PhaseType.INSTALL) {
        warnings.add(at + ".runtime-versions is ignored: local builds use this machine's runtimes");
      } else {
        reader.problem(at + ".runtime-versions", "is only allowed in the install phase");
      }
    }
    warnIfSet(phase, at, "run-as", "commands run as the user running kiro-worker");
    List<String> commands = List.of();
    if (phase.has("commands")) {
      commands = reader.scalarList(phase.get("commands"), at + ".commands");
    } else if (type != PhaseType.INSTALL) {
      reader.problem(at + ".commands", "is required when the phase is given");
    }
    List<String> finallyCommands =
        phase.has("finally") ? reader.scalarList(phase.get("finally"), at + ".finally") : List.of();
    OnFailure onFailure = OnFailure.DEFAULT;
    if (phase.has("on-failure")) {
      onFailure = onFailure(phase.get("on-failure"), at + ".on-failure");
    }
    return Optional.of(new BuildspecPhase(type, commands, finallyCommands, onFailure));
  }

  private OnFailure onFailure(JsonNode node, String location) {
    String value = reader.scalar(node, location).orElse("ABORT");
    return switch (value) {
      case "ABORT" -> OnFailure.ABORT;
      case "CONTINUE" -> OnFailure.CONTINUE;
      default -> {
        reader.problem(
            location,
            value.startsWith("RETRY")
                ? "RETRY is not supported by the local runner; use ABORT or CONTINUE"
                : "must be ABORT or CONTINUE, was " + value);
        yield OnFailure.DEFAULT;
      }
    };
  }

  /** The env section's values while they are read. */
  private static final class EnvSection {
    // CodeBuild runs commands with sh on Linux unless env.shell says otherwise.
    String shell = "sh";
    Map<String, String> variables = Map.of();
    Map<String, String> parameterStore = Map.of();
    Map<String, String> secretsManager = Map.of();
    List<String> exported = List.of();
  }
}
