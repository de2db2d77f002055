package dev.kiroworker.worker.demo.github;

import static dev.kiroworker.worker.demo.github.Shapes.assertCovers;
import static dev.kiroworker.worker.demo.github.Shapes.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.github.GitHubClient;
import dev.kiroworker.handlers.github.HttpMethod;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in answers in the shapes GitHub documents, as the recorded fixtures hold them. */
class GitHubStandInShapesTest {

  private static final String PROJECT = "/orgs/octo-org/projectsV2/7";
  private static final String BRANCH = "feature/export-csv";
  private static final String SPEC = BRANCH + ":.kiro/specs/feature-export-csv/";

  private GitHubStandIn standIn;
  private GitHubClient github;

  @BeforeEach
  void start() {
    DemoWorld world =
        DemoWorld.defaultScenario()
            .issue(new DemoWorld.Issue(17, "Log in with a magic link"))
            .item(
                DemoWorld.Item.issue(
                    17, "For Implementation", Instant.parse("2026-11-02T09:00:00Z"), "feature/x"))
            .build();
    standIn = GitHubStandIn.start(world, StandInClients.CLOCK);
    github = StandInClients.factory(standIn).newClient();
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void restAnswers_haveTheFieldsOfGitHubsProjectAndCommentShapes() {
    JsonNode fields = github.rest(HttpMethod.GET, PROJECT + "/fields", Map.of(), null).body();
    JsonNode items =
        github.rest(HttpMethod.GET, PROJECT + "/items", Map.of("fields", "2001,2002"), null).body();
    JsonNode comment =
        github
            .rest(
                HttpMethod.POST,
                "/repos/octo-org/sample-service/issues/42/comments",
                Map.of(),
                Map.of("body", "hello"))
            .body();

    JsonNode fieldsFixture = fixture("rest/projectsV2/list-fields.json");
    assertCovers(fieldsFixture.get(0), fields.get(0));
    assertCovers(fieldsFixture.get(1), fields.get(1));
    JsonNode itemsFixture = fixture("rest/projectsV2/list-items-page-1.json");
    assertCovers(itemsFixture.get(1), items.get(0));
    assertCovers(itemsFixture.get(2), items.get(1));
    assertCovers(itemsFixture.get(0), items.get(2));
    assertCovers(fixture("rest/issues/create-comment.json"), comment);
  }

  @Test
  void graphQlAnswers_haveTheFieldsOfTheDocumentsFixtures() {
    JsonNode spec =
        github.graphql(
            "SpecBranch",
            Map.of(
                "owner", "octo-org",
                "name", "sample-service",
                "qualifiedName", "refs/heads/" + BRANCH,
                "branch", BRANCH,
                "requirementsPath", SPEC + "requirements.md",
                "designPath", SPEC + "design.md",
                "tasksPath", SPEC + "tasks.md"));
    JsonNode board =
        github.graphql(
            "BoardStatusField", Map.of("login", "octo-org", "number", 7, "statusField", "Status"));
    JsonNode project =
        github.graphql(
            "ProjectStatusField", Map.of("projectId", "PVT_kwDemo7", "statusField", "Status"));
    JsonNode items = github.graphql("ProjectItemsOrg", boardPage()).at("/organization/projectV2");

    assertCovers(fixture("graphql/SpecBranch/valid.json").get("data"), spec);
    assertCovers(fixture("graphql/BoardStatusField/board.json").get("data"), board);
    assertCovers(fixture("graphql/ProjectStatusField/board.json").get("data"), project);
    JsonNode page = fixture("graphql/ProjectItemsOrg/discovery-page-1.json");
    JsonNode pageProject = page.at("/data/organization/projectV2");
    assertCovers(pageProject.get("statusField"), items.get("statusField"));
    assertCovers(pageProject.at("/items/pageInfo"), items.at("/items/pageInfo"));
    assertCovers(pageProject.at("/items/nodes/4"), items.at("/items/nodes/0"));
    assertCovers(pageProject.at("/items/nodes/2"), items.at("/items/nodes/1"));
    assertCovers(pageProject.at("/items/nodes/0"), items.at("/items/nodes/2"));
  }

  @Test
  void theMutationAnswer_hasTheFieldsOfGitHubsShape() {
    JsonNode moved =
        github.graphql(
            "UpdateItemStatus",
            Map.of(
                "projectId", "PVT_kwDemo7",
                "itemId", "PVTI_kwDemo1001",
                "fieldId", "PVTSSF_kwDemo2001",
                "optionId", Ids.option("Done")));

    assertCovers(fixture("graphql/UpdateItemStatus/updated.json").get("data"), moved);
  }

  private static Map<String, Object> boardPage() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("login", "octo-org");
    variables.put("number", 7);
    variables.put("cursor", null);
    variables.put("statusField", "Status");
    variables.put("branchField", "Branch");
    variables.put("priorityField", "Priority");
    variables.put("withPriority", true);
    return variables;
  }
}
