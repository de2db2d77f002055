package dev.kiroworker.handlers.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestItemsTest {

  private static final FieldIds IDS = new FieldIds("3001", "3002", "3003");
  private static final String PAGE_1 = "list-items-page-1.json";

  @Test
  void parse_issue_readsContentStatusAndFields() {
    BoardItem item = RestItems.parse(FixtureItems.rest(PAGE_1, 0), IDS);

    assertThat(item.projectItemId()).isEqualTo("PVTI_lADOBXkHcM4AqZ3xzgA101");
    assertThat(item.contentType()).isEqualTo(ContentType.ISSUE);
    assertThat(item.number()).isEqualTo(17);
    assertThat(item.repository()).isEqualTo("octo-org/sample-service");
    assertThat(item.status()).isEqualTo("For Implementation");
    assertThat(item.priority()).isEqualTo(3.0);
    assertThat(item.createdAt()).isEqualTo(Instant.parse("2026-11-10T09:00:00Z"));
    assertThat(item.linkedPullRequests()).as("looked up only when needed").isNull();
  }

  @Test
  void parse_issueWithoutRepositoryObject_takesItFromRepositoryUrl() {
    BoardItem item = RestItems.parse(FixtureItems.rest(PAGE_1, 4), IDS);

    assertThat(item.repository()).isEqualTo("octo-org/billing");
  }

  @Test
  void parse_issueWithoutAnyRepository_hasNone() {
    ObjectNode json = FixtureItems.rest(PAGE_1, 4);
    ((ObjectNode) json.get("content")).remove("repository_url");

    assertThat(RestItems.parse(json, IDS).repository()).isNull();
  }

  @Test
  void parse_pullRequestWhoseForkWasDeleted_isCrossRepository() {
    ObjectNode json = FixtureItems.rest(PAGE_1, 1);
    ((ObjectNode) json.at("/content/head")).putNull("repo");

    BoardItem item = RestItems.parse(json, IDS);

    assertThat(item.headBranch()).isEqualTo("feature/export-csv");
    assertThat(item.crossRepository()).isTrue();
  }

  @Test
  void parse_pullRequestWithoutHead_hasNoHeadBranch() {
    ObjectNode json = FixtureItems.rest(PAGE_1, 1);
    ((ObjectNode) json.get("content")).remove("head");

    BoardItem item = RestItems.parse(json, IDS);

    assertThat(item.headBranch()).isNull();
    assertThat(item.crossRepository()).isFalse();
    assertThat(item.repository()).isEqualTo("octo-org/sample-service");
  }

  @Test
  void parse_withoutBranchOrPriorityIds_readsNeither() {
    BoardItem item =
        RestItems.parse(FixtureItems.rest(PAGE_1, 2), new FieldIds("3001", null, null));

    assertThat(item.contentType()).isEqualTo(ContentType.DRAFT_ISSUE);
    assertThat(item.number()).isNull();
    assertThat(item.branchField()).isNull();
    assertThat(item.priority()).isNull();
    assertThat(item.open()).isTrue();
  }

  @Test
  void parse_statusNameAsPlainStringAndPriorityAsText_readsTheNameOnly() {
    ObjectNode json = FixtureItems.rest(PAGE_1, 0);
    ((ObjectNode) json.at("/fields/0/value")).put("name", "In Progress");
    ((ObjectNode) json.at("/fields/2")).put("value", "high");

    BoardItem item = RestItems.parse(json, IDS);

    assertThat(item.status()).isEqualTo("In Progress");
    assertThat(item.priority()).isNull();
  }

  @Test
  void parse_unknownContentType_hasNoType() {
    ObjectNode json = FixtureItems.rest(PAGE_1, 0);
    json.put("content_type", "Redacted");

    assertThat(RestItems.parse(json, IDS).contentType()).isNull();
  }

  @Test
  void parse_itemWithoutNodeIdOrWithABadDate_failsPermanently() {
    ObjectNode noId = FixtureItems.rest(PAGE_1, 0);
    noId.remove("node_id");
    ObjectNode badDate = FixtureItems.rest(PAGE_1, 0);
    badDate.put("created_at", "yesterday");

    assertThatThrownBy(() -> RestItems.parse(noId, IDS))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("without 'node_id'");
    assertThatThrownBy(() -> RestItems.parse(badDate, IDS))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("bad created_at");
  }
}
