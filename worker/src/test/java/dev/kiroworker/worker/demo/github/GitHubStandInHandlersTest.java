package dev.kiroworker.worker.demo.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.StandInHandlers;
import dev.kiroworker.handlers.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real DiscoverWorkItem, ValidateSpec and UpdatePullRequest handlers against the stand-in
 * serving the default demo world: what the demo's run does to GitHub, step by step.
 */
class GitHubStandInHandlersTest {

  private static final String MARKER = "<!-- kiro-worker:results -->";
  private static final String EXECUTION =
      "arn:aws:states:eu-west-1:123456789012:execution:kiro-worker-demo:run-1";

  private DemoWorld world;
  private GitHubStandIn standIn;
  private StandInHandlers handlers;
  private JsonNode item;
  private JsonNode validation;

  @BeforeEach
  void start() {
    world = DemoWorld.defaultScenario().build();
    standIn = GitHubStandIn.start(world, StandInClients.CLOCK);
    handlers =
        new StandInHandlers(
            StandInClients.factory(standIn), world.projectConfig(), StandInClients.CLOCK);
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  @Test
  void discoverWorkItem_findsTheReadyPullRequestAndItsBranch() {
    JsonNode result = handlers.discoverWorkItem();

    assertThat(result.get("found").asBoolean()).isTrue();
    assertThat(result.at("/item/contentType").asText()).isEqualTo("PullRequest");
    assertThat(result.at("/item/number").asInt()).isEqualTo(42);
    assertThat(result.at("/item/repository").asText()).isEqualTo("octo-org/sample-service");
    assertThat(result.at("/item/branch").asText()).isEqualTo("feature/export-csv");
    assertThat(result.at("/item/specPath").asText()).isEqualTo(".kiro/specs/feature-export-csv");
    assertThat(result.at("/item/url").asText())
        .isEqualTo("https://github.com/octo-org/sample-service/pull/42");
    assertThat(result.get("scanned").asInt()).as("the Done draft is filtered out").isEqualTo(1);
    assertThat(result.get("path").asText()).isEqualTo("rest");
    assertThat(result.get("apiCalls").asInt()).isEqualTo(2);
    assertThat(standIn.mutations()).isEmpty();
  }

  @Test
  void validateSpec_acceptsTheSpecAndTheOpenPullRequestOnTheBranch() {
    JsonNode verdict = handlers.validateSpec(discoveredItem().toString());

    assertThat(verdict.get("problems")).isEmpty();
    assertThat(verdict.get("valid").asBoolean()).isTrue();
    assertThat(verdict.at("/pullRequest/number").asInt()).isEqualTo(42);
    assertThat(verdict.at("/pullRequest/headSha").asText()).matches("[0-9a-f]{40}");
    assertThat(verdict.at("/tasks/open").asInt()).isEqualTo(2);
    assertThat(verdict.at("/tasks/done").asInt()).isZero();
  }

  @Test
  void validateSpec_whenASpecFileIsRemoved_rejectsTheSpecNamingTheFile() {
    JsonNode item = discoveredItem();
    String headBefore = handlers.validateSpec(item.toString()).at("/pullRequest/headSha").asText();
    assertThat(standIn.deleteFile(DemoWorld.DEMO_BRANCH, DemoWorld.DEMO_SPEC_PATH + "/design.md"))
        .isTrue();

    JsonNode verdict = handlers.validateSpec(item.toString());

    assertThat(verdict.get("valid").asBoolean()).isFalse();
    assertThat(verdict.get("problems")).hasSize(1);
    assertThat(verdict.at("/problems/0").asText())
        .isEqualTo(
            "The spec file .kiro/specs/feature-export-csv/design.md is missing on"
                + " feature/export-csv.");
    assertThat(verdict.at("/pullRequest/headSha").asText())
        .as("removing a file is a new commit")
        .isNotEqualTo(headBefore);
  }

  @Test
  void validateSpec_afterARemovedSpecFileIsPushedAgain_acceptsTheSpec() {
    JsonNode item = discoveredItem();
    String design = DemoWorld.DEMO_SPEC_PATH + "/design.md";
    standIn.deleteFile(DemoWorld.DEMO_BRANCH, design);

    standIn.putFile(DemoWorld.DEMO_BRANCH, design, "# Design\n\nWrite rows with a CsvWriter.\n");

    assertThat(handlers.validateSpec(item.toString()).get("valid").asBoolean()).isTrue();
  }

  @Test
  void validateSpec_inAWorldBuiltWithoutTasks_rejectsTheSpec() {
    DemoWorld broken =
        DemoWorld.defaultScenario()
            .withoutFile(DemoWorld.DEMO_BRANCH, DemoWorld.DEMO_SPEC_PATH + "/tasks.md")
            .build();
    try (GitHubStandIn other = GitHubStandIn.start(broken, StandInClients.CLOCK)) {
      var otherHandlers =
          new StandInHandlers(
              StandInClients.factory(other), broken.projectConfig(), StandInClients.CLOCK);

      JsonNode verdict =
          otherHandlers.validateSpec(otherHandlers.discoverWorkItem().get("item").toString());

      assertThat(verdict.get("valid").asBoolean()).isFalse();
      assertThat(verdict.at("/problems/0").asText())
          .contains(DemoWorld.DEMO_SPEC_PATH + "/tasks.md is missing");
      assertThat(verdict.at("/pullRequest/number").asInt()).isEqualTo(DemoWorld.DEMO_PULL_REQUEST);
    }
  }

  @Test
  void reportStarted_writesTheResultsComment_andMovesTheItemToInProgress() {
    JsonNode result = handlers.updatePullRequest(update("started").toString());

    assertThat(result.get("created").asBoolean()).isTrue();
    assertThat(result.get("statusColumn").asText()).isEqualTo("In Progress");
    assertThat(result.get("commentUrl").asText())
        .isEqualTo(
            "https://github.com/octo-org/sample-service/pull/42#issuecomment-"
                + result.get("commentId").asLong());
    assertThat(standIn.column(42)).contains("In Progress");
    assertThat(standIn.comments(42)).hasSize(1);
    assertThat(standIn.comments(42).getFirst().body()).startsWith(MARKER);
    assertThat(standIn.mutations())
        .extracting(RecordedMutation::kind)
        .containsExactly(RecordedMutation.Kind.COMMENT_CREATED, RecordedMutation.Kind.ITEM_MOVED);
  }

  @Test
  void reportSuccess_afterReportStarted_editsTheSameComment_andMovesTheItemToReview() {
    long created =
        handlers.updatePullRequest(update("started").toString()).get("commentId").asLong();

    JsonNode result = handlers.updatePullRequest(update("succeeded").toString());

    assertThat(result.get("created").asBoolean()).isFalse();
    assertThat(result.get("commentId").asLong()).isEqualTo(created);
    assertThat(result.get("statusColumn").asText()).isEqualTo("In Review");
    assertThat(standIn.comments(42)).hasSize(1);
    assertThat(standIn.comments(42).getFirst().body()).contains("board column: In Review");
    assertThat(standIn.mutations())
        .extracting(RecordedMutation::describe)
        .containsExactly(
            "commented on PR #42: 🚧 kiro-worker is working on this pull request",
            "moved PR #42 from For Implementation to In Progress",
            "edited comment "
                + created
                + " on PR #42: ✅ kiro-worker finished: the tests pass and coverage meets the gate",
            "moved PR #42 from In Progress to In Review");
  }

  @Test
  void reportFailure_movesTheItemToFailed_findingTheBoardByItsProjectId() {
    ObjectNode update = update("failed");
    ((ObjectNode) update.get("workItem")).put("projectId", "PVT_kwDemo7");
    update.putObject("failure").put("error", "States.Timeout").put("cause", "the build timed out");

    JsonNode result = handlers.updatePullRequest(update.toString());

    assertThat(result.get("statusColumn").asText()).isEqualTo("Failed");
    assertThat(standIn.column(42)).contains("Failed");
    assertThat(standIn.comments(42).getFirst().body()).contains("States.Timeout");
  }

  @Test
  void reportRejected_movesTheItemToBlocked_withTheSpecsProblemsInTheComment() {
    ObjectNode update = update("rejected");
    update.putObject("validation").putArray("problems").add("design.md is missing");

    JsonNode result = handlers.updatePullRequest(update.toString());

    assertThat(result.get("statusColumn").asText()).isEqualTo("Blocked");
    assertThat(standIn.column(42)).contains("Blocked");
    assertThat(standIn.comments(42).getFirst().body()).contains("design.md is missing");
    assertThat(standIn.unexpectedRequests()).isEmpty();
  }

  /** DiscoverWorkItem's item, which the workflow hands to ValidateSpec. */
  private JsonNode discoveredItem() {
    return handlers.discoverWorkItem().get("item");
  }

  /**
   * UpdatePullRequest's input as the workflow builds it from discovery and validation, which run
   * once per execution: after ReportStarted the item is no longer ready.
   */
  private ObjectNode update(String phase) {
    if (item == null) {
      item = discoveredItem();
      validation = handlers.validateSpec(item.toString());
    }
    ObjectNode update = JsonMapper.shared().createObjectNode();
    update.put("phase", phase);
    update
        .putObject("workItem")
        .put("projectItemId", item.get("projectItemId").asText())
        .put("repository", item.get("repository").asText())
        .put("number", item.get("number").asInt());
    update.set("pullRequest", validation.get("pullRequest"));
    update.putObject("execution").put("arn", EXECUTION);
    return update;
  }
}
