package dev.kiroworker.handlers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import dev.kiroworker.handlers.config.ProjectConfig.StuckItems;
import dev.kiroworker.handlers.errors.PermanentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectConfigParserTest {

  @Test
  void minimalDocument_takesTheDocumentedDefaults() throws IOException {
    ProjectConfig config = ProjectConfigParser.parse(resource("minimal.json"), "test");

    assertThat(config.ownerType()).isEqualTo(OwnerType.ORGANIZATION);
    assertThat(config.owner()).isEqualTo("octo-org");
    assertThat(config.projectNumber()).isEqualTo(7);
    assertThat(config.statusField()).isEqualTo("Status");
    assertThat(config.columns().ready()).isEqualTo("For Implementation");
    assertThat(config.columns().inProgress()).isEqualTo("In Progress");
    assertThat(config.columns().failed()).isEqualTo("Failed");
    assertThat(config.branchField()).isEqualTo("Branch");
    assertThat(config.priorityField()).isNull();
    assertThat(config.coverageThreshold()).isEqualTo(80.0);
    assertThat(config.stuckItems()).isEqualTo(StuckItems.FAIL);
    assertThat(config.allows("OCTO-ORG/sample-service")).isTrue();
    assertThat(config.allows("octo-org/other")).isFalse();
  }

  @Test
  void fullDocument_overridesEveryDefault() throws IOException {
    ProjectConfig config = ProjectConfigParser.parse(resource("full.json"), "test");

    assertThat(config.ownerType()).isEqualTo(OwnerType.USER);
    assertThat(config.statusField()).isEqualTo("Stage");
    assertThat(config.columns().done()).isEqualTo("Shipped");
    assertThat(config.columns().review()).isEqualTo("Review");
    assertThat(config.columns().blocked()).isEqualTo("Blocked");
    assertThat(config.branchField()).isEqualTo("Feature Branch");
    assertThat(config.priorityField()).isEqualTo("Priority");
    assertThat(config.coverageThreshold()).isEqualTo(85.5);
    assertThat(config.repositories()).containsExactly("ada-lovelace/engine", "ada-lovelace/notes");
    assertThat(config.stuckItems()).isEqualTo(StuckItems.READY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {oops | is not valid JSON",
        "not an object | [1] | must be a JSON object",
        "misspelt key | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"coverageTreshold\":80} | unknown keys [coverageTreshold]",
        "unknown column | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"columns\":{\"todo\":\"x\"}} | unknown keys [columns.todo]",
        "bad owner type | {\"ownerType\":\"team\",\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"]} | 'ownerType' must be",
        "bad login | {\"owner\":\"-bad login\",\"projectNumber\":1,\"repositories\":[\"o/r\"]} | 'owner' must be a GitHub organization or user login",
        "missing owner | {\"projectNumber\":1,\"repositories\":[\"o/r\"]} | 'owner' must be",
        "project number text | {\"owner\":\"o\",\"projectNumber\":\"7\",\"repositories\":[\"o/r\"]} | 'projectNumber' must be a whole number",
        "project number zero | {\"owner\":\"o\",\"projectNumber\":0,\"repositories\":[\"o/r\"]} | positive number",
        "threshold too high | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"coverageThreshold\":120} | from 0 to 100",
        "threshold text | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"coverageThreshold\":\"80\"} | 'coverageThreshold' must be a number",
        "no repositories | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[]} | at least one repository",
        "repositories not array | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":\"o/r\"} | must be an array",
        "bad repository | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r; rm -rf /\"]} | must be \"owner/name\"",
        "repository not text | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[7]} | must be \"owner/name\"",
        "status field not text | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"statusField\":5} | 'statusField' must be a string",
        "blank column | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"columns\":{\"done\":\" \"}} | Every column name",
        "bad stuck items | {\"owner\":\"o\",\"projectNumber\":1,\"repositories\":[\"o/r\"],\"stuckItems\":\"retry\"} | 'stuckItems' must be",
      })
  void invalidDocument_failsNamingTheKey(String name, String json, String message) {
    assertThatThrownBy(() -> ProjectConfigParser.parse(json, "SSM parameter /p"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(message);
  }

  private static String resource(String name) throws IOException {
    try (var in = ProjectConfigParserTest.class.getResourceAsStream("/config/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
