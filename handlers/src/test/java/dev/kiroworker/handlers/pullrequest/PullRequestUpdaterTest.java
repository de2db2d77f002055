package dev.kiroworker.handlers.pullrequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import dev.kiroworker.handlers.spec.GitHubStandIn;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(GitHubApiExtension.class)
class PullRequestUpdaterTest {

  private static final String COMMENTS = "/repos/octo-org/sample-service/issues/42/comments";
  private static final String MARKED_COMMENT =
      "/repos/octo-org/sample-service/issues/comments/2486019020";
  private static final String SECOND_PAGE = COMMENTS + "?per_page=100&page=2";

  private GitHubApi github;

  @BeforeEach
  void board(GitHubApi github) {
    this.github = github;
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("BoardStatusField")))
            .willReturn(github.jsonFixture(200, "graphql/BoardStatusField/board.json")));
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus")))
            .willReturn(github.jsonFixture(200, "graphql/UpdateItemStatus/updated.json")));
  }

  private UpdateResult update(PullRequestUpdate update) {
    return update(update, GitHubStandIn.config(), SucceededColumn.REVIEW);
  }

  private UpdateResult update(
      PullRequestUpdate update, ProjectConfig config, SucceededColumn succeeded) {
    ReportSettings settings =
        new ReportSettings(
            succeeded,
            SecretScrubber.patternsOnly().withSecret(GitHubStandIn.TOKEN),
            GitHubStandIn.CLOCK);
    return new PullRequestUpdater(GitHubStandIn.factory(github).newClient(), config, settings)
        .update(update);
  }

  private void firstPageOnly() {
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
  }

  private void created() {
    github.stubFor(
        post(urlEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));
  }

  private void markerOnPageTwo() {
    github.stubFor(
        get(urlEqualTo(COMMENTS + "?per_page=100"))
            .willReturn(
                github
                    .jsonFixture(200, "rest/issues/list-comments-page-1.json")
                    .withHeader("Link", "<" + github.baseUrl() + SECOND_PAGE + ">; rel=\"next\"")));
    github.stubFor(
        get(urlEqualTo(SECOND_PAGE))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-2.json")));
    github.stubFor(
        patch(urlEqualTo(MARKED_COMMENT))
            .willReturn(github.jsonFixture(200, "rest/issues/comments/update-comment.json")));
  }

  @Test
  void update_firstTime_createsTheResultsComment_andMovesTheItem() {
    firstPageOnly();
    created();

    UpdateResult result = update(Updates.phase(Phase.STARTED));

    assertThat(result)
        .isEqualTo(
            new UpdateResult(
                2486020431L,
                "https://github.com/octo-org/sample-service/pull/42#issuecomment-2486020431",
                true,
                "In Progress",
                4));
    github.verify(
        postRequestedFor(urlEqualTo(COMMENTS))
            .withRequestBody(
                matchingJsonPath("$.body", containing("<!-- kiro-worker:results -->\n### 🚧"))));
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.login", equalTo("octo-org")))
            .withRequestBody(matchingJsonPath("$.variables.number", equalTo("7"))));
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus")))
            .withRequestBody(
                matchingJsonPath("$.variables.projectId", equalTo("PVT_kwDOBXkHcM4AqZ3x")))
            .withRequestBody(matchingJsonPath("$.variables.itemId", equalTo(Updates.ITEM)))
            .withRequestBody(
                matchingJsonPath("$.variables.fieldId", equalTo("PVTSSF_lADOBXkHcM4AqZ3xzgbq9Xw")))
            .withRequestBody(matchingJsonPath("$.variables.optionId", equalTo("47fc9ee4"))));
  }

  @Test
  void update_again_editsTheMarkedCommentFoundOnPageTwo_insteadOfAddingOne() {
    markerOnPageTwo();

    UpdateResult result = update(Updates.succeeded());

    assertThat(result.commentId()).isEqualTo(2486019020L);
    assertThat(result.created()).isFalse();
    assertThat(result.commentUrl()).endsWith("#issuecomment-2486019020");
    assertThat(result.apiCalls()).isEqualTo(5);
    github.verify(
        patchRequestedFor(urlEqualTo(MARKED_COMMENT))
            .withRequestBody(
                matchingJsonPath("$.body", containing("| Lines | 91.2 % | 80 % | ✅ |"))));
    github.verify(0, postRequestedFor(urlEqualTo(COMMENTS)));
  }

  @Test
  void update_whenCreatingAnswers502_failsTransiently_andTheRetryEditsTheCommentGitHubMade() {
    // GitHub created the comment but answered 502: the retry must find it, not post another.
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .inScenario("502 on create")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
    github.stubFor(
        post(urlEqualTo(COMMENTS))
            .inScenario("502 on create")
            .willReturn(github.jsonFixture(502, "rest/errors/server-error.json"))
            .willSetStateTo("created anyway"));
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .inScenario("502 on create")
            .whenScenarioStateIs("created anyway")
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-2.json")));
    github.stubFor(
        patch(urlEqualTo(MARKED_COMMENT))
            .willReturn(github.jsonFixture(200, "rest/issues/comments/update-comment.json")));

    assertThatThrownBy(() -> update(Updates.phase(Phase.STARTED)))
        .isInstanceOf(TransientException.class);
    UpdateResult retried = update(Updates.phase(Phase.STARTED));

    assertThat(retried.created()).isFalse();
    assertThat(retried.commentId()).isEqualTo(2486019020L);
    github.verify(1, postRequestedFor(urlEqualTo(COMMENTS)));
    github.verify(1, patchRequestedFor(urlEqualTo(MARKED_COMMENT)));
  }

  @Test
  void update_scrubsTheTokenAndSecretShapesFromTheCause() {
    firstPageOnly();
    created();

    update(
        Updates.failure(
            "States.TaskFailed",
            "push failed: remote https://x-access-token:"
                + GitHubStandIn.TOKEN
                + "@github.com/octo-org/sample-service.git; key AKIAIOSFODNN7EXAMPLE"));

    github.verify(
        postRequestedFor(urlEqualTo(COMMENTS))
            .withRequestBody(notContaining(GitHubStandIn.TOKEN))
            .withRequestBody(notContaining("AKIAIOSFODNN7EXAMPLE"))
            .withRequestBody(notContaining("x-access-token"))
            .withRequestBody(matchingJsonPath("$.body", containing("https://***@github.com"))));
  }

  @ParameterizedTest
  @CsvSource({
    "STARTED,   REVIEW, FAIL,  In Progress, 47fc9ee4",
    "SUCCEEDED, REVIEW, FAIL,  In Review,   98236657",
    "SUCCEEDED, DONE,   FAIL,  Done,        c4f2e1a0",
    "FAILED,    REVIEW, FAIL,  Failed,      5d8e0b31",
    "REJECTED,  REVIEW, FAIL,  Blocked,     a913c7de",
    "STUCK,     REVIEW, FAIL,  Failed,      5d8e0b31",
    "STUCK,     REVIEW, READY, For Implementation, f75ad846"
  })
  void update_movesTheItemToThePhasesColumn(
      Phase phase,
      SucceededColumn succeeded,
      ProjectConfig.StuckItems stuck,
      String column,
      String optionId) {
    firstPageOnly();
    created();
    ProjectConfig config = GitHubStandIn.config(GitHubStandIn.columns("Blocked"), stuck);

    UpdateResult result = update(Updates.phase(phase), config, succeeded);

    assertThat(result.statusColumn()).isEqualTo(column);
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.variables.optionId", equalTo(optionId))));
  }

  @Test
  void update_whenTheBoardHasNoSuchColumn_namesItAndTheColumnsThatExist() {
    firstPageOnly();
    created();
    ProjectConfig config =
        GitHubStandIn.config(GitHubStandIn.columns("On Hold"), ProjectConfig.StuckItems.FAIL);

    assertThatThrownBy(() -> update(Updates.rejected(List.of("x")), config, SucceededColumn.REVIEW))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("no column 'On Hold'")
        .hasMessageContaining(
            "it has For Implementation, In Progress, In Review, Done, Failed, Blocked");
    github.verify(
        0,
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("UpdateItemStatus"))));
  }

  @Test
  void update_withTheBoardsNodeId_readsTheStatusFieldByIt() {
    firstPageOnly();
    created();
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectStatusField")))
            .willReturn(github.jsonFixture(200, "graphql/ProjectStatusField/board.json")));

    UpdateResult result = update(withProject("PVT_kwDOBXkHcM4AqZ3x", 42));

    assertThat(result.statusColumn()).isEqualTo("Failed");
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(
                matchingJsonPath("$.variables.projectId", equalTo("PVT_kwDOBXkHcM4AqZ3x")))
            .withRequestBody(matchingJsonPath("$.variables.statusField", equalTo("Status"))));
    github.verify(
        0,
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("BoardStatusField"))));
  }

  @ParameterizedTest
  @CsvSource({
    "not-a-project,   found no project board PVT_gone",
    "no-status-field, no single-select field named 'Status'"
  })
  void update_whenTheBoardCannotBeUsed_failsPermanently(String fixture, String message) {
    firstPageOnly();
    created();
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("ProjectStatusField")))
            .willReturn(
                github.jsonFixture(200, "graphql/ProjectStatusField/" + fixture + ".json")));

    assertThatThrownBy(() -> update(withProject("PVT_gone", 42)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void update_withoutAPullRequest_commentsOnTheItemsIssue() {
    github.stubFor(
        get(urlPathEqualTo("/repos/octo-org/sample-service/issues/17/comments"))
            .willReturn(github.jsonFixture(200, "rest/issues/list-comments-page-1.json")));
    github.stubFor(
        post(urlEqualTo("/repos/octo-org/sample-service/issues/17/comments"))
            .willReturn(github.jsonFixture(201, "rest/issues/create-comment.json")));

    UpdateResult result = update(withoutPullRequest("octo-org/sample-service", 17));

    assertThat(result.created()).isTrue();
    github.verify(
        postRequestedFor(urlEqualTo("/repos/octo-org/sample-service/issues/17/comments")));
  }

  @ParameterizedTest
  @CsvSource(
      value = {"octo-org/payroll, 17", "not a repository, 17", "octo-org/sample-service, NULL"},
      nullValues = "NULL")
  void update_withNothingItMayCommentOn_onlyMovesTheItem(String repository, Integer number) {
    UpdateResult result = update(withoutPullRequest(repository, number));

    assertThat(result.commentId()).isNull();
    assertThat(result.commentUrl()).isNull();
    assertThat(result.created()).isFalse();
    assertThat(result.statusColumn()).isEqualTo("Blocked");
    github.verify(0, getRequestedFor(anyUrl()));
    github.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void update_whenTheTokenIsRejected_failsPermanently() {
    github.stubFor(
        get(urlPathEqualTo(COMMENTS))
            .willReturn(github.jsonFixture(401, "rest/errors/bad-credentials.json")));

    assertThatThrownBy(() -> update(Updates.phase(Phase.STARTED)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("401");
  }

  @Test
  void update_whenTheListAnswersSomethingElse_failsWithoutWriting() {
    github.stubFor(get(urlPathEqualTo(COMMENTS)).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> update(Updates.phase(Phase.STARTED)))
        .isInstanceOf(TransientException.class);
    github.verify(0, postRequestedFor(urlEqualTo(COMMENTS)));
  }

  private static PullRequestUpdate withProject(String projectId, int number) {
    PullRequestUpdate base = Updates.failure("States.TaskFailed", "x");
    return new PullRequestUpdate(
        base.phase(),
        new PullRequestUpdate.WorkItem(Updates.ITEM, projectId, "octo-org/sample-service", number),
        base.pullRequest(),
        null,
        base.failure(),
        null,
        base.execution(),
        null);
  }

  private static PullRequestUpdate withoutPullRequest(String repository, Integer number) {
    PullRequestUpdate base = Updates.rejected(List.of("The work item names no branch."));
    return new PullRequestUpdate(
        base.phase(),
        new PullRequestUpdate.WorkItem(Updates.ITEM, null, repository, number),
        null,
        null,
        null,
        base.validation(),
        base.execution(),
        null);
  }
}
