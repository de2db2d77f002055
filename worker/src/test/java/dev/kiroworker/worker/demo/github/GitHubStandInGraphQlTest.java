package dev.kiroworker.worker.demo.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.GitHubClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The handlers' GraphQL documents sent by the handlers' own client, with the answers the handlers'
 * tests do not reach: the board fallback, things GitHub cannot find, and refused mutations.
 */
class GitHubStandInGraphQlTest {

  private static final String BRANCH = "feature/export-csv";
  private static final String SPEC = BRANCH + ":.kiro/specs/feature-export-csv/";

  private GitHubStandIn standIn;
  private GitHubClient github;

  @BeforeEach
  void start() {
    standIn = GitHubStandIn.start(DemoWorld.defaultScenario().build(), StandInClients.CLOCK);
    github = StandInClients.factory(standIn).newClient();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void projectItemsOrg_answersTheWholeBoardInOnePage() {
    JsonNode project =
        github
            .graphql("ProjectItemsOrg", board("octo-org", true))
            .path("organization")
            .path("projectV2");

    assertThat(project.get("id").asText()).isEqualTo("PVT_kwDemo7");
    assertThat(project.at("/statusField/options")).hasSize(6);
    assertThat(project.at("/items/pageInfo/hasNextPage").asBoolean()).isFalse();
    JsonNode pullRequest = project.at("/items/nodes/0");
    assertThat(pullRequest.get("type").asText()).isEqualTo("PULL_REQUEST");
    assertThat(pullRequest.at("/status/name").asText()).isEqualTo("For Implementation");
    assertThat(pullRequest.at("/content/headRefName").asText()).isEqualTo(BRANCH);
    assertThat(pullRequest.at("/content/pullRequestState").asText()).isEqualTo("OPEN");
    assertThat(pullRequest.get("priority").isNull()).isTrue();
    JsonNode draft = project.at("/items/nodes/1");
    assertThat(draft.at("/content/__typename").asText()).isEqualTo("DraftIssue");
    assertThat(draft.get("branch").isNull()).isTrue();
  }

  @Test
  void projectItemsOrg_showsAnIssueWithItsBranchField_andNoStatusForAFieldTheBoardLacks() {
    DemoWorld world =
        DemoWorld.defaultScenario()
            .issue(new DemoWorld.Issue(17, "Log in with a magic link"))
            .item(
                DemoWorld.Item.issue(
                    17, "Blocked", Instant.parse("2026-11-02T09:00:00Z"), "feature/magic-link"))
            .build();
    Map<String, Object> variables = board("octo-org", false);
    variables.put("statusField", "Stage");

    try (GitHubStandIn other = GitHubStandIn.start(world)) {
      JsonNode issue =
          StandInClients.factory(other)
              .newClient()
              .graphql("ProjectItemsOrg", variables)
              .at("/organization/projectV2/items/nodes/2");

      assertThat(issue.get("type").asText()).isEqualTo("ISSUE");
      assertThat(issue.get("status").isNull()).isTrue();
      assertThat(issue.at("/branch/text").asText()).isEqualTo("feature/magic-link");
      assertThat(issue.at("/content/issueState").asText()).isEqualTo("OPEN");
      assertThat(issue.at("/content/repository/nameWithOwner").asText())
          .isEqualTo("octo-org/sample-service");
      assertThat(issue.at("/content/closedByPullRequestsReferences/nodes")).isEmpty();
    }
  }

  @Test
  void boardQueries_forAnotherOwnerOrNumber_answerNotFound() {
    Map<String, Object> otherNumber = board("octo-org", false);
    otherNumber.put("number", 8);

    assertThat(github.graphqlIfFound("ProjectItemsUser", board("octo-org", false))).isEmpty();
    assertThat(github.graphqlIfFound("ProjectItemsOrg", otherNumber)).isEmpty();
    assertThat(
            github.graphqlIfFound(
                "BoardStatusField",
                Map.of("login", "someone", "number", 7, "statusField", "Status")))
        .isEmpty();
    assertThat(
            github.graphqlIfFound(
                "BoardStatusField",
                Map.of("login", "octo-org", "number", 8, "statusField", "Status")))
        .isEmpty();
    assertThat(
            github.graphqlIfFound(
                "ProjectStatusField", Map.of("projectId", "PVT_other", "statusField", "Status")))
        .isEmpty();
    assertThat(standIn.unexpectedRequests()).isEmpty();
  }

  @Test
  void statusField_byAnotherFieldsName_isNotASingleSelect_andByAnUnknownName_isNull() {
    JsonNode branch =
        github.graphql(
            "ProjectStatusField", Map.of("projectId", "PVT_kwDemo7", "statusField", "Branch"));
    JsonNode unknown =
        github.graphql(
            "ProjectStatusField", Map.of("projectId", "PVT_kwDemo7", "statusField", "Stage"));

    assertThat(branch.at("/node/statusField").isEmpty()).isTrue();
    assertThat(branch.at("/node/title").asText()).isEqualTo("Kiro work queue");
    assertThat(unknown.at("/node/statusField").isNull()).isTrue();
  }

  @Test
  void updateItemStatus_withAnOptionOfNoColumn_isRefused_andMovesNothing() {
    String item = firstItemId();
    Map<String, Object> update =
        Map.of(
            "projectId", "PVT_kwDemo7",
            "itemId", item,
            "fieldId", "PVTSSF_kwDemo2001",
            "optionId", "00000000");

    assertThatThrownBy(() -> github.graphql("UpdateItemStatus", update))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("does not belong to the field");
    assertThat(standIn.column(42)).contains("For Implementation");
    assertThat(standIn.mutations()).isEmpty();
  }

  @Test
  void updateItemStatus_forAnItemOfNoBoard_isNotFound() {
    Map<String, Object> update =
        Map.of(
            "projectId", "PVT_kwDemo7",
            "itemId", "PVTI_missing",
            "fieldId", "PVTSSF_kwDemo2001",
            "optionId", "00000000");

    assertThat(github.graphqlIfFound("UpdateItemStatus", update)).isEmpty();
    assertThat(standIn.mutations()).isEmpty();
  }

  @Test
  void specBranch_forAMissingBranch_answersANullRef_andNullFiles() {
    JsonNode repository =
        github
            .graphql("SpecBranch", spec("feature/nothing", "feature/nothing:x/"))
            .path("repository");

    assertThat(repository.get("ref").isNull()).isTrue();
    assertThat(repository.get("requirements").isNull()).isTrue();
    assertThat(repository.at("/pullRequests/nodes")).isEmpty();
  }

  @Test
  void specBranch_forAFolderOrAnExpressionWithoutABranch_answersTreeOrNull() {
    JsonNode repository =
        github.graphql("SpecBranch", spec(BRANCH, BRANCH + ":.kiro/specs")).path("repository");
    JsonNode noColon = github.graphql("SpecBranch", spec(BRANCH, "design.md")).path("repository");

    assertThat(repository.at("/design/__typename").asText()).isEqualTo("Tree");
    assertThat(repository.at("/tasks/text").asText()).contains("- [ ] 1.");
    assertThat(repository.at("/requirements/byteSize").asInt()).isPositive();
    assertThat(noColon.get("design").isNull()).isTrue();
  }

  @Test
  void repositoryQueries_forAnotherRepositoryOrIssue_failNamingIt() {
    Map<String, String> elsewhere = new HashMap<>(spec(BRANCH, SPEC + "design.md"));
    elsewhere.put("name", "billing");

    assertThatThrownBy(() -> github.graphql("SpecBranch", elsewhere))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("octo-org/billing");
    assertThat(
            github.graphqlIfFound(
                "IssueClosingPullRequests",
                Map.of("owner", "octo-org", "name", "billing", "number", 1)))
        .isEmpty();
    assertThat(
            github.graphqlIfFound(
                "IssueClosingPullRequests",
                Map.of("owner", "octo-org", "name", "sample-service", "number", 5)))
        .isEmpty();
  }

  private String firstItemId() {
    return github
        .graphql("ProjectItemsOrg", board("octo-org", false))
        .at("/organization/projectV2/items/nodes/0/id")
        .asText();
  }

  private static Map<String, Object> board(String login, boolean withPriority) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("login", login);
    variables.put("number", 7);
    variables.put("cursor", null);
    variables.put("statusField", "Status");
    variables.put("branchField", "Branch");
    variables.put("priorityField", withPriority ? "Priority" : "");
    variables.put("withPriority", withPriority);
    return variables;
  }

  private static Map<String, String> spec(String branch, String designPath) {
    return Map.of(
        "owner",
        "octo-org",
        "name",
        "sample-service",
        "qualifiedName",
        "refs/heads/" + branch,
        "branch",
        branch,
        "requirementsPath",
        branch + ":.kiro/specs/feature-export-csv/requirements.md",
        "designPath",
        designPath,
        "tasksPath",
        branch + ":.kiro/specs/feature-export-csv/tasks.md");
  }
}
