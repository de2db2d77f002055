package dev.kiroworker.worker.demo.github;

import java.time.Clock;
import java.util.Optional;

/**
 * Everything the stand-in holds, built from a {@link DemoWorld}: the board, the branches, the
 * comments and the log of what changed.
 */
final class StandInState {

  private final DemoWorld world;
  private final BoardState board;
  private final BranchFiles files;
  private final CommentThreads comments;
  private final MutationLog log = new MutationLog();
  private final Clock clock;

  StandInState(DemoWorld world, Clock clock) {
    this.world = world;
    this.board = new BoardState(world.board(), world.items());
    this.files = new BranchFiles(world.branches());
    this.comments = new CommentThreads(clock);
    this.clock = clock;
  }

  DemoWorld world() {
    return world;
  }

  BoardState board() {
    return board;
  }

  BranchFiles files() {
    return files;
  }

  CommentThreads comments() {
    return comments;
  }

  MutationLog log() {
    return log;
  }

  Clock clock() {
    return clock;
  }

  /** Whether {@code owner/name} is this world's repository (GitHub compares case-insensitively). */
  boolean isRepository(String owner, String name) {
    return world.owner().equalsIgnoreCase(owner) && world.repository().equalsIgnoreCase(name);
  }

  Optional<DemoWorld.PullRequest> pullRequest(int number) {
    return world.pullRequests().stream().filter(pr -> pr.number() == number).findFirst();
  }

  Optional<DemoWorld.Issue> issue(int number) {
    return world.issues().stream().filter(issue -> issue.number() == number).findFirst();
  }

  /** {@code PR #42} or {@code issue #17}: how the mutation log names what was changed. */
  String describe(int number) {
    return (pullRequest(number).isPresent() ? "PR #" : "issue #") + number;
  }

  /** What an item shows, for the mutation log: {@code PR #42}, {@code issue #17} or a draft. */
  String describe(DemoWorld.Item item) {
    return item.content() == DemoWorld.ItemContent.DRAFT_ISSUE
        ? "draft \"" + item.draftTitle() + "\""
        : describe(item.number());
  }

  /** The page a person opens: {@code https://github.com/<owner>/<repo>/pull/42}. */
  String htmlUrl(int number) {
    return "https://github.com/"
        + world.nameWithOwner()
        + (pullRequest(number).isPresent() ? "/pull/" : "/issues/")
        + number;
  }
}
