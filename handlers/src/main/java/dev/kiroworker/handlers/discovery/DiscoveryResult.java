package dev.kiroworker.handlers.discovery;

import java.util.List;

/**
 * What DiscoverWorkItem tells the workflow: the item to run next (if any), what it passed over and
 * why, and the "In Progress" items a dead run left behind.
 *
 * @param found whether there is an item to run; the IsThereWork choice reads it
 * @param item the item to run, or null
 * @param scanned how many board items the poll read
 * @param skipped ready items passed over, each with the reason
 * @param stuckItems "In Progress" items without a live lock
 * @param apiCalls GitHub requests the poll sent, retries included
 * @param path {@code rest} or {@code graphql}: which API listed the board
 */
public record DiscoveryResult(
    boolean found,
    WorkItem item,
    int scanned,
    List<SkippedItem> skipped,
    List<StuckItem> stuckItems,
    int apiCalls,
    String path) {

  public DiscoveryResult {
    skipped = List.copyOf(skipped);
    stuckItems = List.copyOf(stuckItems);
  }

  /**
   * The item to run.
   *
   * @param branch the validated branch the spec lives on
   * @param specPath {@code .kiro/specs/<branch with '/' replaced by '-'>}
   * @param createdAt when the item was added to the board, ISO-8601
   */
  public record WorkItem(
      String projectItemId,
      ContentType contentType,
      Integer number,
      String title,
      String url,
      String repository,
      String branch,
      String specPath,
      String createdAt) {}

  /** A ready item that was passed over. */
  public record SkippedItem(String projectItemId, String reason) {}

  /** An "In Progress" item whose run died: no live lock guards it. */
  public record StuckItem(String projectItemId, Integer number, String title, String repository) {}
}
