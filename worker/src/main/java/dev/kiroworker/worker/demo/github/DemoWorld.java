package dev.kiroworker.worker.demo.github;

import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the GitHub stand-in serves when it starts: an owner with one Projects v2 board, one
 * repository with its branches and files, its pull requests and issues, and the board's items.
 * Immutable; the stand-in copies it into its own state, which the handlers then change.
 *
 * @param owner the organization or user login that owns the board and the repository
 * @param ownerType whether {@code owner} is an organization or a user
 * @param repository the repository's name (without the owner)
 * @param board the board
 * @param branches the repository's branches and their files
 * @param pullRequests the repository's pull requests
 * @param issues the repository's issues
 * @param items the board's items, in the order they were added
 */
public record DemoWorld(
    String owner,
    OwnerType ownerType,
    String repository,
    Board board,
    List<Branch> branches,
    List<PullRequest> pullRequests,
    List<Issue> issues,
    List<Item> items) {

  /** The token the stand-in accepts; any other is turned away with 401, as GitHub does. */
  public static final String TOKEN = "kiro-worker-demo-token";

  /** The default world's feature branch, which holds the spec and is the head of the PR. */
  public static final String DEMO_BRANCH = "feature/export-csv";

  /** The default world's spec folder on {@link #DEMO_BRANCH}. */
  public static final String DEMO_SPEC_PATH = ".kiro/specs/feature-export-csv";

  /** The default world's open pull request from {@link #DEMO_BRANCH}. */
  public static final int DEMO_PULL_REQUEST = 42;

  public DemoWorld {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(ownerType, "ownerType");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(board, "board");
    branches = List.copyOf(branches);
    pullRequests = List.copyOf(pullRequests);
    issues = List.copyOf(issues);
    items = List.copyOf(items);
    for (Item item : items) {
      boolean known =
          switch (item.content()) {
            case PULL_REQUEST -> pullRequests.stream().anyMatch(pr -> pr.number() == item.number());
            case ISSUE -> issues.stream().anyMatch(issue -> issue.number() == item.number());
            case DRAFT_ISSUE -> true;
          };
      if (!known || !board.columns().contains(item.column())) {
        throw new IllegalArgumentException(
            "A board item must show a pull request or issue of the world and sit in one of the"
                + " board's columns "
                + board.columns()
                + "; got "
                + item);
      }
    }
  }

  /**
   * A board's settings.
   *
   * @param statusField the single-select field whose options are the columns
   * @param columns the Status options, in board order
   * @param branchField the text field naming a branch for items without a pull request
   */
  public record Board(
      int number, String title, String statusField, List<String> columns, String branchField) {
    public Board {
      columns = List.copyOf(columns);
    }
  }

  /** A branch and its files, by path from the repository root. */
  public record Branch(String name, Map<String, String> files) {
    public Branch {
      files = Map.copyOf(files);
    }
  }

  /** A pull request from {@code headRefName} into {@code baseRefName}; open unless closed. */
  public record PullRequest(
      int number, String title, String headRefName, String baseRefName, boolean open) {}

  /** An open issue. */
  public record Issue(int number, String title) {}

  /**
   * A board item: a pull request or issue of the repository (by number), or a draft issue (by
   * title).
   *
   * @param branchField the item's Branch field value, or null when empty
   */
  public record Item(
      ItemContent content,
      Integer number,
      String draftTitle,
      String column,
      Instant createdAt,
      String branchField) {

    /** An item showing pull request {@code number}. */
    public static Item pullRequest(int number, String column, Instant createdAt) {
      return new Item(ItemContent.PULL_REQUEST, number, null, column, createdAt, null);
    }

    /** An item showing issue {@code number}. */
    public static Item issue(int number, String column, Instant createdAt, String branchField) {
      return new Item(ItemContent.ISSUE, number, null, column, createdAt, branchField);
    }

    /** A draft issue, which lives on the board only. */
    public static Item draft(String title, String column, Instant createdAt, String branchField) {
      return new Item(ItemContent.DRAFT_ISSUE, null, title, column, createdAt, branchField);
    }
  }

  /** What a board item shows. */
  public enum ItemContent {
    PULL_REQUEST,
    ISSUE,
    DRAFT_ISSUE
  }

  /** {@code owner/repository}. */
  public String nameWithOwner() {
    return owner + "/" + repository;
  }

  /**
   * The project document that points the handlers at this world's board, with the default column
   * names for every column the board has.
   */
  public ProjectConfig projectConfig() {
    return new ProjectConfig(
        ownerType,
        owner,
        board.number(),
        board.statusField(),
        new ProjectConfig.Columns(
            DefaultScenario.READY,
            DefaultScenario.IN_PROGRESS,
            DefaultScenario.REVIEW,
            DefaultScenario.DONE,
            DefaultScenario.FAILED,
            DefaultScenario.BLOCKED),
        board.branchField(),
        null,
        80.0,
        List.of(nameWithOwner()),
        ProjectConfig.StuckItems.FAIL);
  }

  /**
   * The demo's world, ready to change before {@link Builder#build()}: {@code octo-org}'s board 7
   * with the default columns, and {@code octo-org/sample-service} whose branch {@code
   * feature/export-csv} holds a spec with open tasks and has an open pull request (#42) waiting in
   * "For Implementation".
   */
  public static Builder defaultScenario() {
    return DefaultScenario.builder();
  }

  /** An empty world to fill in. */
  public static Builder builder(String owner, OwnerType ownerType, String repository) {
    return new Builder(owner, ownerType, repository);
  }

  /** Builds a {@link DemoWorld}; each method adds or replaces one part. */
  public static final class Builder {

    private final String owner;
    private final OwnerType ownerType;
    private final String repository;
    private Board board;
    private final Map<String, Map<String, String>> branches = new LinkedHashMap<>();
    private final List<PullRequest> pullRequests = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();

    private Builder(String owner, OwnerType ownerType, String repository) {
      this.owner = owner;
      this.ownerType = ownerType;
      this.repository = repository;
    }

    public Builder board(Board board) {
      this.board = board;
      return this;
    }

    /** Adds a file to {@code branch}, creating the branch when it is new. */
    public Builder file(String branch, String path, String content) {
      branches.computeIfAbsent(branch, name -> new LinkedHashMap<>()).put(path, content);
      return this;
    }

    /** Removes a file from {@code branch}. */
    public Builder withoutFile(String branch, String path) {
      branches.getOrDefault(branch, new LinkedHashMap<>()).remove(path);
      return this;
    }

    public Builder pullRequest(PullRequest pullRequest) {
      pullRequests.add(pullRequest);
      return this;
    }

    public Builder issue(Issue issue) {
      issues.add(issue);
      return this;
    }

    public Builder item(Item item) {
      items.add(item);
      return this;
    }

    public DemoWorld build() {
      List<Branch> built = new ArrayList<>();
      branches.forEach((name, files) -> built.add(new Branch(name, files)));
      return new DemoWorld(owner, ownerType, repository, board, built, pullRequests, issues, items);
    }
  }
}
