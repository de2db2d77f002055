package dev.kiroworker.worker.demo.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.StandInHandlers;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Discovery on boards other than the default one: a user's board over two pages, an issue. */
class GitHubStandInDiscoveryTest {

  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void discoverWorkItem_onAUserBoardLongerThanAPage_readsEveryPage() {
    DemoWorld.Builder builder =
        DemoWorld.builder("octocat", OwnerType.USER, "notes")
            .board(
                new DemoWorld.Board(
                    2,
                    "Side projects",
                    "Status",
                    List.of("For Implementation", "In Progress", "Done"),
                    "Branch"));
    for (int i = 0; i < 120; i++) {
      builder.item(
          DemoWorld.Item.draft(
              "Idea " + i, "For Implementation", MONDAY.plusSeconds(60L * i), "feature/idea-" + i));
    }
    DemoWorld world = builder.build();

    try (GitHubStandIn standIn = GitHubStandIn.start(world)) {
      JsonNode result = handlers(standIn, world).discoverWorkItem();

      assertThat(result.get("scanned").asInt()).isEqualTo(120);
      assertThat(result.get("apiCalls").asInt()).as("fields, then two pages of items").isEqualTo(3);
      assertThat(result.at("/item/contentType").asText()).isEqualTo("DraftIssue");
      assertThat(result.at("/item/branch").asText()).isEqualTo("feature/idea-0");
      assertThat(standIn.unexpectedRequests()).isEmpty();
    }
  }

  @Test
  void discoverWorkItem_forAnIssue_asksForItsClosingPullRequests_thenReadsTheBranchField() {
    DemoWorld world =
        DemoWorld.defaultScenario()
            .issue(new DemoWorld.Issue(17, "Log in with a magic link"))
            .item(
                DemoWorld.Item.issue(
                    17,
                    "For Implementation",
                    Instant.parse("2026-11-02T09:00:00Z"),
                    "feature/magic-link"))
            .build();

    try (GitHubStandIn standIn = GitHubStandIn.start(world)) {
      JsonNode result = handlers(standIn, world).discoverWorkItem();

      assertThat(result.at("/item/contentType").asText()).isEqualTo("Issue");
      assertThat(result.at("/item/number").asInt()).isEqualTo(17);
      assertThat(result.at("/item/title").asText()).isEqualTo("Log in with a magic link");
      assertThat(result.at("/item/branch").asText()).isEqualTo("feature/magic-link");
      assertThat(result.get("apiCalls").asInt()).isEqualTo(3);
      assertThat(standIn.column(17)).contains("For Implementation");
      assertThat(standIn.unexpectedRequests()).isEmpty();
    }
  }

  @Test
  void aPullRequestLeftInProgress_isReportedStuck_andCrashRecoveryMovesItToFailed() {
    DemoWorld world =
        DemoWorld.builder("octo-org", OwnerType.ORGANIZATION, "sample-service")
            .board(DemoWorld.defaultScenario().build().board())
            .file(DemoWorld.DEMO_BRANCH, "README.md", "# sample-service\n")
            .pullRequest(
                new DemoWorld.PullRequest(
                    51, "Paginate the audit log", DemoWorld.DEMO_BRANCH, "main", true))
            .item(DemoWorld.Item.pullRequest(51, "In Progress", MONDAY))
            .build();

    try (GitHubStandIn standIn = GitHubStandIn.start(world, StandInClients.CLOCK)) {
      StandInHandlers handlers = handlers(standIn, world);
      JsonNode discovery = handlers.discoverWorkItem();
      JsonNode stuck = discovery.at("/stuckItems/0");
      String update =
          "{\"phase\":\"stuck\",\"workItem\":{\"projectItemId\":\""
              + stuck.get("projectItemId").asText()
              + "\",\"repository\":\"octo-org/sample-service\",\"number\":51},"
              + "\"execution\":{\"arn\":\"arn:aws:states:eu-west-1:123456789012:execution:demo:run-2\"}}";

      JsonNode result = handlers.updatePullRequest(update);

      assertThat(discovery.get("found").asBoolean()).isFalse();
      assertThat(stuck.get("number").asInt()).isEqualTo(51);
      assertThat(result.get("statusColumn").asText()).isEqualTo("Failed");
      assertThat(standIn.mutations())
          .extracting(RecordedMutation::describe)
          .last()
          .isEqualTo("moved PR #51 from In Progress to Failed");
      assertThat(standIn.comments(51)).hasSize(1);
    }
  }

  @Test
  void demoWorld_withAnItemForAPullRequestItDoesNotHave_isRefused() {
    DemoWorld.Builder builder =
        DemoWorld.defaultScenario()
            .item(DemoWorld.Item.pullRequest(99, "For Implementation", MONDAY));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pull request or issue of the world");
  }

  @Test
  void demoWorld_withAnItemInAColumnTheBoardLacks_isRefused() {
    DemoWorld.Builder builder =
        DemoWorld.defaultScenario().item(DemoWorld.Item.draft("Later", "Someday", MONDAY, null));

    assertThatThrownBy(builder::build).hasMessageContaining("columns");
  }

  private static StandInHandlers handlers(GitHubStandIn standIn, DemoWorld world) {
    return new StandInHandlers(
        StandInClients.factory(standIn), world.projectConfig(), StandInClients.CLOCK);
  }
}
