package dev.kiroworker.worker.demo.github;

import dev.kiroworker.handlers.config.ProjectConfig.OwnerType;
import java.time.Instant;
import java.util.List;

/** The demo's default world: one pull request with a spec, ready on the board. */
final class DefaultScenario {

  static final String READY = "For Implementation";
  static final String IN_PROGRESS = "In Progress";
  static final String REVIEW = "In Review";
  static final String DONE = "Done";
  static final String FAILED = "Failed";
  static final String BLOCKED = "Blocked";

  static final String BRANCH = DemoWorld.DEMO_BRANCH;
  static final String SPEC = DemoWorld.DEMO_SPEC_PATH + "/";

  private DefaultScenario() {}

  static DemoWorld.Builder builder() {
    return DemoWorld.builder("octo-org", OwnerType.ORGANIZATION, "sample-service")
        .board(
            new DemoWorld.Board(
                7,
                "Kiro work queue",
                "Status",
                List.of(READY, IN_PROGRESS, REVIEW, DONE, FAILED, BLOCKED),
                "Branch"))
        .file("main", "README.md", "# sample-service\n")
        .file(BRANCH, "README.md", "# sample-service\n")
        .file(
            BRANCH,
            SPEC + "requirements.md",
            "# Requirements\n\nAs an analyst I can export the monthly report as CSV.\n")
        .file(
            BRANCH,
            SPEC + "design.md",
            "# Design\n\nA `CsvExport` class writes the report rows, one line each.\n")
        .file(
            BRANCH,
            SPEC + "tasks.md",
            "# Tasks\n\n- [ ] 1. Write the report rows as CSV\n- [ ] 2. Quote fields with commas\n")
        .pullRequest(
            new DemoWorld.PullRequest(
                DemoWorld.DEMO_PULL_REQUEST, "Export the report as CSV", BRANCH, "main", true))
        .item(
            DemoWorld.Item.pullRequest(
                DemoWorld.DEMO_PULL_REQUEST, READY, Instant.parse("2026-11-20T09:00:00Z")))
        .item(
            DemoWorld.Item.draft(
                "Think about search", DONE, Instant.parse("2026-11-01T09:00:00Z"), null));
  }
}
