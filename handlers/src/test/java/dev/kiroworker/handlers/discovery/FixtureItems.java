package dev.kiroworker.handlers.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.json.JsonMapper;
import dev.kiroworker.testsupport.HarnessSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Single board items taken from the GitHub fixtures, as editable copies. */
final class FixtureItems {

  private FixtureItems() {}

  /** Item {@code index} of a REST listing fixture under {@code rest/projectsV2/}. */
  static ObjectNode rest(String fixture, int index) {
    return (ObjectNode) read("rest/projectsV2/" + fixture).get(index).deepCopy();
  }

  /** Node {@code index} of an organization board page under {@code graphql/ProjectItemsOrg/}. */
  static ObjectNode graphQl(String fixture, int index) {
    JsonNode page = read("graphql/ProjectItemsOrg/" + fixture);
    return (ObjectNode) page.at("/data/organization/projectV2/items/nodes").get(index).deepCopy();
  }

  private static JsonNode read(String relativePath) {
    Path file =
        HarnessSettings.fromEnvironment()
            .repositoryRoot()
            .resolve("test-fixtures/github")
            .resolve(relativePath);
    try {
      return JsonMapper.shared().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
