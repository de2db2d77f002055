package dev.kiroworker.handlers.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiroworker.handlers.config.ProjectConfig.Columns;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.config.ProjectConfig.StuckItems;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the project document (JSON). Unknown keys are refused, so a misspelt key fails loudly
 * instead of silently falling back to a default.
 */
public final class ProjectConfigParser {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KEYS =
      Set.of(
          "ownerType",
          "owner",
          "projectNumber",
          "statusField",
          "columns",
          "branchField",
          "priorityField",
          "coverageThreshold",
          "repositories",
          "stuckItems");
  private static final Set<String> COLUMN_KEYS =
      Set.of("ready", "inProgress", "review", "done", "failed", "blocked");

  private ProjectConfigParser() {}

  /**
   * Parses and validates the document.
   *
   * @param source where it came from, for error messages (e.g. the SSM parameter name)
   */
  public static ProjectConfig parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new PermanentException(
          "The project configuration in "
              + source
              + " is not valid JSON: "
              + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new PermanentException(
          "The project configuration in " + source + " must be a JSON object.");
    }
    refuseUnknown(root, KEYS, "", source);
    JsonNode columns = root.path("columns");
    if (!columns.isMissingNode()) {
      refuseUnknown(columns, COLUMN_KEYS, "columns.", source);
    }
    return new ProjectConfig(
        ownerType(root.path("ownerType")),
        text(root, "owner", null),
        integer(root, "projectNumber"),
        text(root, "statusField", "Status"),
        new Columns(
            text(columns, "ready", "For Implementation"),
            text(columns, "inProgress", "In Progress"),
            text(columns, "review", "In Review"),
            text(columns, "done", "Done"),
            text(columns, "failed", "Failed"),
            text(columns, "blocked", "Blocked")),
        text(root, "branchField", "Branch"),
        text(root, "priorityField", null),
        root.has("coverageThreshold") ? number(root, "coverageThreshold") : 80.0,
        repositories(root.path("repositories")),
        stuckItems(root.path("stuckItems")));
  }

  private static void refuseUnknown(
      JsonNode node, Set<String> known, String prefix, String source) {
    List<String> unknown = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                unknown.add(prefix + name);
              }
            });
    if (!unknown.isEmpty()) {
      throw new PermanentException(
          "The project configuration in "
              + source
              + " has unknown keys "
              + unknown
              + "; known keys are "
              + known.stream().sorted().map(k -> prefix + k).toList()
              + ".");
    }
  }

  private static OwnerType ownerType(JsonNode node) {
    String value = node.asText("organization").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "organization" -> OwnerType.ORGANIZATION;
      case "user" -> OwnerType.USER;
      default ->
          throw new PermanentException(
              "'ownerType' must be \"organization\" or \"user\", got '" + node.asText() + "'.");
    };
  }

  private static StuckItems stuckItems(JsonNode node) {
    String value = node.asText("fail").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "fail" -> StuckItems.FAIL;
      case "ready" -> StuckItems.READY;
      default ->
          throw new PermanentException(
              "'stuckItems' must be \"fail\" or \"ready\", got '" + node.asText() + "'.");
    };
  }

  private static String text(JsonNode node, String key, String fallback) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual()) {
      throw new PermanentException("'" + key + "' must be a string, got " + value + ".");
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      throw new PermanentException("'" + key + "' must be a whole number, got " + value + ".");
    }
    return value.asInt();
  }

  private static double number(JsonNode node, String key) {
    JsonNode value = node.get(key);
    if (!value.isNumber()) {
      throw new PermanentException("'" + key + "' must be a number, got " + value + ".");
    }
    return value.asDouble();
  }

  private static List<String> repositories(JsonNode node) {
    if (!node.isArray()) {
      throw new PermanentException("'repositories' must be an array of \"owner/name\" strings.");
    }
    List<String> repositories = new ArrayList<>();
    node.forEach(value -> repositories.add(value.isTextual() ? value.asText() : null));
    return repositories;
  }
}
