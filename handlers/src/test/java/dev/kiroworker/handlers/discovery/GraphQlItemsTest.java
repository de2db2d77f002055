package dev.kiroworker.handlers.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.handlers.errors.PermanentException;
import org.junit.jupiter.api.Test;

class GraphQlItemsTest {

  private static final String PAGE_1 = "discovery-page-1.json";

  @Test
  void parse_issue_readsItsClosingPullRequests() {
    BoardItem item = GraphQlItems.parse(FixtureItems.graphQl(PAGE_1, 0));

    assertThat(item.contentType()).isEqualTo(ContentType.ISSUE);
    assertThat(item.open()).isTrue();
    assertThat(item.linkedPullRequests())
        .containsExactly(new LinkedPullRequest(42, true, "feature/magic-link", false));
  }

  @Test
  void parse_draftIssue_isOpenWithoutNumberOrRepository() {
    BoardItem item = GraphQlItems.parse(FixtureItems.graphQl(PAGE_1, 2));

    assertThat(item.contentType()).isEqualTo(ContentType.DRAFT_ISSUE);
    assertThat(item.open()).isTrue();
    assertThat(item.number()).isNull();
    assertThat(item.repository()).isNull();
    assertThat(item.branchField()).isNull();
  }

  @Test
  void parse_closedIssue_isNotOpen() {
    ObjectNode json = FixtureItems.graphQl(PAGE_1, 0);
    ((ObjectNode) json.get("content")).put("issueState", "CLOSED");

    assertThat(GraphQlItems.parse(json).open()).isFalse();
  }

  @Test
  void parse_itemWithoutIdOrWithABadDate_failsPermanently() {
    ObjectNode noId = FixtureItems.graphQl(PAGE_1, 0);
    noId.remove("id");
    ObjectNode badDate = FixtureItems.graphQl(PAGE_1, 0);
    badDate.put("createdAt", "soon");

    assertThatThrownBy(() -> GraphQlItems.parse(noId))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("without 'id'");
    assertThatThrownBy(() -> GraphQlItems.parse(badDate))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("bad createdAt");
  }
}
