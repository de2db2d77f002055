package dev.kiroworker.handlers.discovery;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.discovery.DiscoveryResult.SkippedItem;
import dev.kiroworker.handlers.discovery.DiscoveryResult.StuckItem;
import dev.kiroworker.handlers.discovery.DiscoveryResult.WorkItem;
import dev.kiroworker.handlers.github.GitHubClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the next work item on the board: lists it (REST, or GraphQL where REST has no Projects
 * endpoints), keeps the ready items kiro-worker may change, runs the first whose branch resolves
 * and validates, and reports "In Progress" items without a live lock. See {@code
 * docs/discovery.md}.
 *
 * <p>Create one per container: it keeps the board's REST field ids for a few minutes.
 */
public final class WorkItemDiscovery {

  private final RestBoardReader rest;
  private final GraphQlBoardReader graphQl = new GraphQlBoardReader();
  private final LiveLocks locks;

  public WorkItemDiscovery(LiveLocks locks, Clock clock) {
    this.locks = Objects.requireNonNull(locks, "locks");
    this.rest = new RestBoardReader(new ProjectFields(Objects.requireNonNull(clock, "clock")));
  }

  /** One poll of the board described by {@code config}, through {@code github}. */
  public DiscoveryResult discover(ProjectConfig config, GitHubClient github) {
    Board board = rest.read(config, github).orElseGet(() -> graphQl.read(config, github));
    List<SkippedItem> skipped = new ArrayList<>();
    List<BoardItem> ready =
        board.items().stream()
            .filter(item -> inColumn(item, config.columns().ready()))
            .filter(item -> eligible(config, item, skipped))
            .sorted(WorkItemOrder.of(board.hasPriority()))
            .toList();
    WorkItem next = choose(ready, new BranchResolver(config.branchField()), github, skipped);
    return new DiscoveryResult(
        next != null,
        next,
        board.items().size(),
        skipped,
        stuckItems(config, board),
        github.apiCalls(),
        board.path());
  }

  private static WorkItem choose(
      List<BoardItem> ready,
      BranchResolver branches,
      GitHubClient github,
      List<SkippedItem> skipped) {
    for (BoardItem item : ready) {
      BranchResolution resolution = branches.resolve(item, github);
      if (resolution.resolved()) {
        return workItem(item, resolution.branch());
      }
      skipped.add(new SkippedItem(item.projectItemId(), resolution.skipReason()));
    }
    return null;
  }

  /** Whether a ready item may run; records why not in {@code skipped}. */
  private static boolean eligible(ProjectConfig config, BoardItem item, List<SkippedItem> skipped) {
    Optional<String> reason = whyNot(config, item);
    reason.ifPresent(why -> skipped.add(new SkippedItem(item.projectItemId(), why)));
    return reason.isEmpty();
  }

  private static Optional<String> whyNot(ProjectConfig config, BoardItem item) {
    if (item.contentType() == null) {
      return Optional.of("the token cannot see this item's content");
    }
    if (item.contentType() == ContentType.DRAFT_ISSUE) {
      return Optional.empty();
    }
    if (item.repository() == null || item.number() == null) {
      return Optional.of(
          "GitHub did not say which repository and number the " + describe(item) + " has");
    }
    if (!item.open()) {
      return Optional.of("the " + describe(item) + " is closed");
    }
    if (!config.allows(item.repository())) {
      return Optional.of("repository " + item.repository() + " is not in the allow-list");
    }
    return Optional.empty();
  }

  /**
   * Items a dead run left "In Progress": a run holds the item's lock from AcquireLock until
   * ReleaseLock, and a lock expires after the build timeout plus a margin, so an in-progress item
   * without a live lock has nobody working on it.
   */
  private List<StuckItem> stuckItems(ProjectConfig config, Board board) {
    return board.items().stream()
        .filter(item -> inColumn(item, config.columns().inProgress()))
        .filter(item -> mayChange(config, item))
        .filter(item -> !locks.isHeld(item.projectItemId()))
        .map(
            item ->
                new StuckItem(item.projectItemId(), item.number(), item.title(), item.repository()))
        .toList();
  }

  /** Drafts live on the board only; issues and pull requests must be in an allowed repository. */
  private static boolean mayChange(ProjectConfig config, BoardItem item) {
    return item.contentType() == ContentType.DRAFT_ISSUE
        || (item.contentType() != null
            && item.repository() != null
            && config.allows(item.repository()));
  }

  private static boolean inColumn(BoardItem item, String column) {
    return !item.archived() && column.equalsIgnoreCase(item.status());
  }

  private static WorkItem workItem(BoardItem item, String branch) {
    return new WorkItem(
        item.projectItemId(),
        item.contentType(),
        item.number(),
        item.title(),
        item.url(),
        item.repository(),
        branch,
        BranchName.specPath(branch),
        item.createdAt().toString());
  }

  private static String describe(BoardItem item) {
    return item.contentType() == ContentType.PULL_REQUEST ? "pull request" : "issue";
  }
}
