package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.github.HttpMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up the REST ids of the Status, Branch and priority fields by name, and keeps them per
 * container for a few minutes: field ids never change, so a warm poll costs one request, not two.
 */
final class ProjectFields {

  static final Duration CACHE_FOR = Duration.ofMinutes(5);

  private final Clock clock;
  private Key cachedKey;
  private FieldIds cached;
  private Instant cachedAt;

  /** What the ids were looked up for: a config edit naming another field looks them up again. */
  private record Key(String projectPath, String status, String branch, String priority) {}

  ProjectFields(Clock clock) {
    this.clock = clock;
  }

  /** The ids, or empty when this GitHub has no REST Projects endpoints (404, older GHES). */
  synchronized Optional<FieldIds> ids(
      ProjectConfig config, String projectPath, GitHubClient github) {
    Key key =
        new Key(projectPath, config.statusField(), config.branchField(), config.priorityField());
    Instant now = clock.instant();
    if (key.equals(cachedKey) && now.isBefore(cachedAt.plus(CACHE_FOR))) {
      return Optional.of(cached);
    }
    Optional<List<JsonNode>> fields = list(projectPath, github);
    fields.ifPresent(
        found -> {
          cached = idsOf(config, found);
          cachedKey = key;
          cachedAt = now;
        });
    return fields.map(found -> cached);
  }

  /*
   * One page: a project has at most 50 fields (GitHub's limit), and a page holds 100.
   */
  private static Optional<List<JsonNode>> list(String projectPath, GitHubClient github) {
    return github
        .restIfFound(HttpMethod.GET, projectPath + "/fields", Map.of("per_page", "100"), null)
        .map(page -> toList(page.body()));
  }

  private static List<JsonNode> toList(JsonNode body) {
    List<JsonNode> fields = new ArrayList<>();
    body.forEach(fields::add);
    return fields;
  }

  private static FieldIds idsOf(ProjectConfig config, List<JsonNode> fields) {
    String status =
        idOf(fields, config.statusField())
            .orElseThrow(
                () ->
                    new PermanentException(
                        "The board has no field named '"
                            + config.statusField()
                            + "'; set 'statusField' in the project configuration to the name of"
                            + " its Status field."));
    String priority = null;
    if (config.priorityField() != null) {
      priority =
          idOf(fields, config.priorityField())
              .orElseThrow(
                  () ->
                      new PermanentException(
                          "The board has no field named '"
                              + config.priorityField()
                              + "'; fix or remove 'priorityField' in the project configuration."));
    }
    return new FieldIds(status, idOf(fields, config.branchField()).orElse(null), priority);
  }

  private static Optional<String> idOf(List<JsonNode> fields, String name) {
    return fields.stream()
        .filter(field -> field.path("name").asText().equalsIgnoreCase(name))
        .map(field -> field.path("id").asText())
        .findFirst();
  }
}
