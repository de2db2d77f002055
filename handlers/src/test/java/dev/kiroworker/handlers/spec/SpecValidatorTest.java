package dev.kiroworker.handlers.spec;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(GitHubApiExtension.class)
class SpecValidatorTest {

  private static final String REPOSITORY = "octo-org/sample-service";
  private static final String BRANCH = "feature/magic-link";
  private static final String SPEC = ".kiro/specs/feature-magic-link";
  private static final String NO_OPEN_PR =
      "No open pull request has feature/magic-link as its head branch; open one against the"
          + " default branch.";

  private SpecValidation validate(GitHubApi github, String fixture) {
    answer(github, fixture);
    return validate(github, new SpecRequest(REPOSITORY, BRANCH, null));
  }

  private static SpecValidation validate(GitHubApi github, SpecRequest request) {
    return new SpecValidator(GitHubStandIn.config(), GitHubStandIn.factory(github).newClient())
        .validate(request);
  }

  private static void answer(GitHubApi github, String fixture) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/" + fixture + ".json")));
  }

  @Test
  void validate_whenBranchHoldsSpecAndOpenPullRequest_isValid_withOneRequest(GitHubApi github) {
    SpecValidation verdict = validate(github, "valid");

    assertThat(verdict.valid()).isTrue();
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.specPath()).isEqualTo(SPEC);
    assertThat(verdict.pullRequest())
        .isEqualTo(
            new SpecValidation.PullRequest(
                42,
                "https://github.com/octo-org/sample-service/pull/42",
                "4f1c2e9a7b3d5f60812a9c4e6b0d2f7a1c3e5b79"));
    assertThat(verdict.tasks()).isEqualTo(new TaskCount(2, 1));
    assertThat(verdict.apiCalls()).isEqualTo(1);
    github.verify(
        1,
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(matchingJsonPath("$.operationName", equalTo("SpecBranch")))
            .withRequestBody(matchingJsonPath("$.variables.owner", equalTo("octo-org")))
            .withRequestBody(matchingJsonPath("$.variables.name", equalTo("sample-service")))
            .withRequestBody(
                matchingJsonPath("$.variables.qualifiedName", equalTo("refs/heads/" + BRANCH)))
            .withRequestBody(
                matchingJsonPath(
                    "$.variables.tasksPath", equalTo(BRANCH + ":" + SPEC + "/tasks.md"))));
  }

  @Test
  void validate_whenBranchIsMissing_saysSoOnce_withoutListingEachFile(GitHubApi github) {
    SpecValidation verdict = validate(github, "problems/branch-missing");

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problems())
        .containsExactly(
            "The branch feature/magic-link does not exist in octo-org/sample-service.", NO_OPEN_PR);
    assertThat(verdict.pullRequest()).isNull();
    assertThat(verdict.tasks()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"requirements", "design", "tasks"})
  void validate_whenASpecFileIsMissing_namesIt(String file, GitHubApi github) {
    SpecValidation verdict = validate(github, "problems/" + file + "-missing");

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problems())
        .containsExactly(
            "The spec file " + SPEC + "/" + file + ".md is missing on feature/magic-link.");
    assertThat(verdict.pullRequest().number()).isEqualTo(42);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"no-open-pull-request", "closed-pull-request-only", "fork-pull-request-only"})
  void validate_withoutAnOpenPullRequestFromTheBranch_asksForOne(String fixture, GitHubApi github) {
    SpecValidation verdict = validate(github, "problems/" + fixture);

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problems()).containsExactly(NO_OPEN_PR);
    assertThat(verdict.pullRequest()).isNull();
    assertThat(verdict.tasks()).isEqualTo(new TaskCount(2, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          tasks-all-done           | Every task in .kiro/specs/feature-magic-link/tasks.md is already done
          tasks-without-checkboxes | .kiro/specs/feature-magic-link/tasks.md lists no tasks
          requirements-empty       | The spec file .kiro/specs/feature-magic-link/requirements.md on feature/magic-link is empty.
          design-is-a-folder       | .kiro/specs/feature-magic-link/design.md on feature/magic-link is a folder
          tasks-too-large          | tasks.md could not be read as text
          """)
  void validate_whenASpecFileIsUnusable_explainsWhy(
      String fixture, String problem, GitHubApi github) {
    SpecValidation verdict = validate(github, "problems/" + fixture);

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problems()).singleElement().asString().contains(problem);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "-rf",
        "feature/x.lock",
        "feature x",
        "feat$(id)",
        "feature//x",
        ".hidden",
        "feature/.x",
        "feature/",
        "feature.",
        "a`b",
        "@{-1}"
      })
  void validate_withABranchNameOutsideTheRules_refusesIt_withoutAnyRequest(
      String branch, GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest(REPOSITORY, branch, null));

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problems()).singleElement().asString().contains("is not allowed");
    assertThat(verdict.apiCalls()).isZero();
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void validate_quotesAHostileBranchNameDefanged(GitHubApi github) {
    SpecValidation verdict =
        validate(github, new SpecRequest(REPOSITORY, "x`$(curl evil)`@y" + "z".repeat(300), null));

    assertThat(verdict.problems().get(0))
        .startsWith("The branch name 'x???curl evil???y")
        .contains("longer than 200 characters", "may only contain letters")
        .doesNotContain("`", "$(");
  }

  @Test
  void validate_whenRepositoryIsNotAllowed_refusesIt_withoutAnyRequest(GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest("octo-org/payroll", BRANCH, SPEC));

    assertThat(verdict.problems())
        .containsExactly(
            "kiro-worker may not change octo-org/payroll; add it to 'repositories' in the project"
                + " configuration, or move the item to a board for that repository.");
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample-service", "octo-org/", "/sample-service", "octo org/x", ""})
  void validate_whenRepositoryIsNotOwnerSlashName_refusesIt(String repository, GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest(repository, BRANCH, null));

    assertThat(verdict.problems())
        .singleElement()
        .asString()
        .contains("not of the form owner/name");
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void validate_withoutABranch_asksForOne(GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest(REPOSITORY, " ", null));

    assertThat(verdict.problems()).singleElement().asString().contains("names no branch");
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {".kiro/specs/../../etc", ".kiro/specs/", "specs/login", ".kiro/specs/a/b"})
  void validate_withAnUnsafeSpecPath_refusesIt(String specPath, GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest(REPOSITORY, BRANCH, specPath));

    assertThat(verdict.problems()).singleElement().asString().contains("spec path");
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void validate_whenTheBranchYieldsNoSafeSpecName_asksForASpecPath(GitHubApi github) {
    SpecValidation verdict = validate(github, new SpecRequest(REPOSITORY, "_draft", null));

    assertThat(verdict.problems())
        .singleElement()
        .asString()
        .contains("'.kiro/specs/_draft' is not allowed");
  }

  @Test
  void validate_withAGivenSpecPath_readsThatFolder(GitHubApi github) {
    answer(github, "valid");

    SpecValidation verdict =
        validate(github, new SpecRequest(REPOSITORY, BRANCH, ".kiro/specs/magic-link/"));

    assertThat(verdict.specPath()).isEqualTo(".kiro/specs/magic-link");
    github.verify(
        postRequestedFor(urlEqualTo("/graphql"))
            .withRequestBody(
                matchingJsonPath(
                    "$.variables.designPath",
                    equalTo(BRANCH + ":.kiro/specs/magic-link/design.md"))));
  }

  @Test
  void validate_whenGitHubRejectsTheToken_failsPermanently(GitHubApi github) {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(401, "rest/errors/bad-credentials.json")));

    assertThatThrownBy(() -> validate(github, new SpecRequest(REPOSITORY, BRANCH, null)))
        .isInstanceOf(PermanentException.class);
  }
}
