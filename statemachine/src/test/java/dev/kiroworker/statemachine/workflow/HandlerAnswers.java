package dev.kiroworker.statemachine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;
import java.util.List;

/**
 * What the handlers answer, in their documented JSON shapes (docs/discovery.md, lock.md,
 * coverage.md, pull-requests.md), and the finished CodeBuild build as the .sync integration returns
 * it.
 */
final class HandlerAnswers {

  private HandlerAnswers() {}

  static JsonNode discovery(boolean work, List<JsonNode> stuckItems) {
    ObjectNode result = Json.object();
    result.put("found", work);
    if (work) {
      ObjectNode item = result.putObject("item");
      item.put("projectItemId", WorkItemWorld.ITEM_ID);
      item.put("contentType", "PullRequest");
      item.put("number", 42);
      item.put("title", WorkItemWorld.ITEM_TITLE);
      item.put("url", WorkItemWorld.PR_URL);
      item.put("repository", "octo-org/sample-service");
      item.put("branch", "feature/export-csv");
      item.put("specPath", ".kiro/specs/feature-export-csv");
      item.put("createdAt", "2026-11-12T09:00:00Z");
    } else {
      result.putNull("item");
    }
    result.put("scanned", 3);
    result.putArray("skipped");
    result.putArray("stuckItems").addAll(stuckItems);
    result.put("apiCalls", 1);
    result.put("path", "rest");
    return result;
  }

  static JsonNode specValidation(boolean specValid) {
    ObjectNode result = Json.object();
    result.put("valid", specValid);
    ArrayNode problems = result.putArray("problems");
    if (!specValid) {
      problems.add(
          "The spec file .kiro/specs/feature-export-csv/design.md is missing on"
              + " feature/export-csv.");
    }
    result.put("specPath", ".kiro/specs/feature-export-csv");
    ObjectNode pullRequest = result.putObject("pullRequest");
    pullRequest.put("number", 42);
    pullRequest.put("url", WorkItemWorld.PR_URL);
    pullRequest.put("headSha", "4f1c2e9a7b3d5f60812a9c4e6b0d2f7a1c3e5b79");
    ObjectNode tasks = result.putObject("tasks");
    tasks.put("open", 2);
    tasks.put("done", 1);
    result.put("apiCalls", 1);
    return result;
  }

  static JsonNode acquireResult(boolean acquired) {
    ObjectNode result = Json.object();
    result.put("acquired", acquired);
    result.put("status", acquired ? "ACQUIRED" : "WORK_ITEM_BUSY");
    if (acquired) {
      result.put("slot", 0);
      result.put("expiresAt", 1795688100L);
      result.putArray("heldBy");
      result.put("reason", "acquired slot 0 for work item " + WorkItemWorld.ITEM_ID);
    } else {
      result.putNull("slot");
      result.putNull("expiresAt");
      result.putArray("heldBy").add("arn:aws:states:eu-west-1:111122223333:execution:other:run-0");
      result.put("reason", "work item " + WorkItemWorld.ITEM_ID + " is already running elsewhere");
    }
    return result;
  }

  static JsonNode releaseResult(boolean released) {
    ObjectNode result = Json.object();
    result.put("released", released);
    result.put("status", released ? "RELEASED" : "ALREADY_GONE");
    ArrayNode locks = result.putArray("releasedLocks");
    if (released) {
      locks.add("item#" + WorkItemWorld.ITEM_ID).add("slot#0");
    }
    result.put("reason", released ? "released the lock" : "nothing to release");
    return result;
  }

  static JsonNode coverage(WorkItemWorld.Gate gate, JsonNode payload) {
    ObjectNode result = Json.object();
    result.put("reportsLocation", "s3://kiro-worker-artifacts-test/test/build/");
    result.put("coverageFormat", "JaCoCo XML");
    result.put("coverageReport", "s3://kiro-worker-artifacts-test/test/build/reports/jacoco.xml");
    result.put("testReports", 2);
    ObjectNode verdict = result.putObject("gate");
    boolean lowCoverage = gate == WorkItemWorld.Gate.COVERAGE_BELOW_THRESHOLD;
    int failed = gate == WorkItemWorld.Gate.TESTS_FAILING ? 2 : 0;
    verdict.put("linePct", lowCoverage ? 72.4 : 91.2);
    verdict.put("branchPct", lowCoverage ? 61.5 : 84.0);
    verdict.put("threshold", payload.path("threshold").asDouble(80));
    verdict.put("testsTotal", 12);
    verdict.put("testsPassed", 12 - failed);
    verdict.put("testsFailed", failed);
    verdict.put("testsErrored", 0);
    verdict.put("testsSkipped", 0);
    verdict.put("met", gate == WorkItemWorld.Gate.MET);
    ArrayNode reasons = verdict.putArray("reasons");
    reasons.add(
        lowCoverage
            ? "Line coverage 72.4 % is below the 80 % threshold."
            : "Line coverage 91.2 % meets the 80 % threshold.");
    if (failed > 0) {
      reasons.add(failed + " tests failed.");
    }
    return result;
  }

  static JsonNode updateResult(String phase) {
    ObjectNode result = Json.object();
    result.put("commentId", 2486019020L);
    result.put("commentUrl", WorkItemWorld.PR_URL + "#issuecomment-2486019020");
    result.put("created", "started".equals(phase));
    result.put(
        "statusColumn",
        switch (phase) {
          case "started" -> "In Progress";
          case "succeeded" -> "Review";
          case "rejected" -> "Blocked";
          default -> "Failed";
        });
    result.put("apiCalls", 4);
    return result;
  }

  static JsonNode finishedBuild(String buildStatus, WorkItemWorld.Gate gate, boolean partial) {
    ObjectNode build = Json.object();
    build.put("Id", WorkItemWorld.BUILD_ID);
    build.put("Arn", "arn:aws:codebuild:eu-west-1:111122223333:build/" + WorkItemWorld.BUILD_ID);
    build.put("BuildStatus", buildStatus);
    build.put("BuildComplete", true);
    build.put("CurrentPhase", "COMPLETED");
    build.put("ProjectName", WorkItemDefinition.BUILD_PROJECT);
    ArrayNode phases = build.putArray("Phases");
    for (String phase : List.of("SUBMITTED", "PROVISIONING", "INSTALL", "BUILD", "POST_BUILD")) {
      phases.addObject().put("PhaseType", phase).put("PhaseStatus", "SUCCEEDED");
    }
    build.putObject("Artifacts").put("Location", WorkItemWorld.ARTIFACTS);
    build.putObject("Logs").put("GroupName", "/aws/codebuild/" + WorkItemDefinition.BUILD_PROJECT);
    ArrayNode exported = build.putArray("ExportedEnvironmentVariables");
    exported
        .addObject()
        .put("Name", "KIRO_GATE")
        .put("Value", gate == WorkItemWorld.Gate.MET ? "PASSED" : "FAILED");
    exported.addObject().put("Name", "KIRO_PARTIAL").put("Value", String.valueOf(partial));
    exported.addObject().put("Name", "KIRO_TASKS_REMAINING").put("Value", partial ? "2" : "0");
    return build;
  }
}
