package dev.kiroworker.statemachine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.ExecutionOptions;
import dev.kiroworker.statemachine.ExecutionResult;
import dev.kiroworker.statemachine.StateMachine;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandler;
import dev.kiroworker.statemachine.TaskHandlers;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.tasks.CodeBuildStartBuildSync;
import dev.kiroworker.statemachine.tasks.LambdaFunctions;
import dev.kiroworker.statemachine.tasks.SnsPublish;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A scripted world for {@code work-item.asl.json}: in-process fakes of the six Lambda handlers
 * (answering in the handlers' JSON shapes), of the CodeBuild job and of SNS, plus scripted errors
 * per state. Records what the workflow did: every task call, each pull request report and its
 * phase, the alerts, and who holds the lock.
 */
final class WorkItemWorld {

  static final String ITEM_ID = "PVTI_lADOBXkHcM4AqZ3xzgA102";
  static final String PR_URL = "https://github.com/octo-org/sample-service/pull/42";
  static final String ITEM_TITLE = "Export the report as CSV";
  static final String BUILD_ID = WorkItemDefinition.BUILD_PROJECT + ":6f1c2e9a-7b3d-4f60-812a";
  static final String ARTIFACTS =
      "arn:aws:s3:::kiro-worker-artifacts-test/test/" + BUILD_ID.replace(':', '-');
  static final String TRANSIENT = "dev.kiroworker.handlers.errors.TransientException";
  static final String PERMANENT = "dev.kiroworker.handlers.errors.PermanentException";

  private static final StateMachine MACHINE = WorkItemDefinition.machine();

  /** What ParseCoverage finds in the reports. */
  enum Gate {
    MET,
    COVERAGE_BELOW_THRESHOLD,
    TESTS_FAILING
  }

  /** One UpdatePullRequest call that succeeded: which state made it, and its input. */
  record Report(String state, String phase, JsonNode payload) {}

  private boolean work = true;
  private final List<JsonNode> stuckItems = new ArrayList<>();
  private boolean specValid = true;
  private String buildStatus = "SUCCEEDED";
  private boolean partial;
  private Gate gate = Gate.MET;
  private final Map<String, List<String>> scriptedErrors = new HashMap<>();

  private final FakeLock lock = new FakeLock();
  private final SnsPublish sns = SnsPublish.recording();
  private final List<String> calls = new ArrayList<>();
  private final List<Report> reports = new ArrayList<>();
  private final List<JsonNode> buildRequests = new ArrayList<>();
  private final List<JsonNode> coverageRequests = new ArrayList<>();
  private String currentState;

  WorkItemWorld noWork() {
    work = false;
    return this;
  }

  WorkItemWorld stuckItem(String projectItemId, int number) {
    ObjectNode item = Json.object();
    item.put("projectItemId", projectItemId);
    item.put("number", number);
    item.put("title", "Paginate the audit log");
    item.put("repository", "octo-org/sample-service");
    stuckItems.add(item);
    return this;
  }

  WorkItemWorld invalidSpec() {
    specValid = false;
    return this;
  }

  WorkItemWorld lockHeldElsewhere() {
    lock.heldElsewhere(ITEM_ID);
    return this;
  }

  /** The build ends with {@code status}; the .sync integration then fails RunBuild. */
  WorkItemWorld buildEnds(String status) {
    buildStatus = status;
    return this;
  }

  /** The agent stopped before finishing: the build exports KIRO_PARTIAL=true. */
  WorkItemWorld partialWork() {
    partial = true;
    return this;
  }

  WorkItemWorld gate(Gate outcome) {
    gate = outcome;
    return this;
  }

  /** {@code state}'s next {@code times} calls fail with {@code error}. */
  WorkItemWorld failAt(String state, String error, int times) {
    List<String> errors = scriptedErrors.computeIfAbsent(state, name -> new ArrayList<>());
    for (int i = 0; i < times; i++) {
      errors.add(error);
    }
    return this;
  }

  /** Every call of {@code state} fails with {@code error}. */
  WorkItemWorld alwaysFailAt(String state, String error) {
    return failAt(state, error, 100);
  }

  ExecutionResult run() {
    return MACHINE.execute(
        Json.object(),
        ExecutionOptions.builder()
            .stateMachineName("kiro-worker-test")
            .executionName("run-1")
            .region(WorkItemDefinition.REGION)
            .account(WorkItemDefinition.ACCOUNT)
            .tasks(tasks())
            .virtualClock(Instant.parse("2026-11-26T10:00:00Z"))
            .random(new SplittableRandom(7))
            .build());
  }

  FakeLock lock() {
    return lock;
  }

  /** Every task call, failed ones included, by state name. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  long callsOf(String state) {
    return calls.stream().filter(state::equals).count();
  }

  List<Report> reports() {
    return List.copyOf(reports);
  }

  /** The phases reported on the pull request, in order. */
  List<String> phases() {
    return reports.stream().map(Report::phase).toList();
  }

  List<JsonNode> alerts() {
    return sns.published();
  }

  List<JsonNode> buildRequests() {
    return List.copyOf(buildRequests);
  }

  List<JsonNode> coverageRequests() {
    return List.copyOf(coverageRequests);
  }

  private TaskHandlers tasks() {
    LambdaFunctions functions =
        new LambdaFunctions()
            .function("kiro-worker-DiscoverWorkItem", payload -> discover())
            .function("kiro-worker-ValidateSpec", payload -> validate())
            .function("kiro-worker-AcquireLock", this::acquire)
            .function("kiro-worker-ReleaseLock", this::release)
            .function("kiro-worker-ParseCoverage", this::parseCoverage)
            .function("kiro-worker-UpdatePullRequest", this::updatePullRequest);
    TaskHandler invoke =
        functions.bindTo(TaskHandlers.builder()).build().find(LambdaFunctions.INVOKE).orElseThrow();
    return TaskHandlers.builder()
        .bind(LambdaFunctions.INVOKE, scripted(invoke))
        .bind(CodeBuildStartBuildSync.RESOURCE, scripted(new CodeBuildStartBuildSync(this::build)))
        .bind(SnsPublish.RESOURCE, scripted(sns))
        .build();
  }

  /** Records the call, throws the next scripted error for the state if there is one. */
  private TaskHandler scripted(TaskHandler handler) {
    return request -> {
      String state = request.stateName();
      calls.add(state);
      List<String> errors = scriptedErrors.getOrDefault(state, List.of());
      if (!errors.isEmpty()) {
        String error = errors.removeFirst();
        throw new StatesException(error, causeOf(error, state));
      }
      currentState = state;
      return handler.invoke(request);
    };
  }

  private static String causeOf(String error, String state) {
    if (error.startsWith("dev.kiroworker.")) {
      ObjectNode lambdaError = Json.object();
      lambdaError.put("errorMessage", "scripted failure in " + state);
      lambdaError.put("errorType", error);
      lambdaError.putArray("stackTrace");
      return Json.write(lambdaError);
    }
    return "scripted failure in " + state;
  }

  private JsonNode discover() {
    ObjectNode result = Json.object();
    result.put("found", work);
    if (work) {
      ObjectNode item = result.putObject("item");
      item.put("projectItemId", ITEM_ID);
      item.put("contentType", "PullRequest");
      item.put("number", 42);
      item.put("title", ITEM_TITLE);
      item.put("url", PR_URL);
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

  private JsonNode validate() {
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
    pullRequest.put("url", PR_URL);
    pullRequest.put("headSha", "4f1c2e9a7b3d5f60812a9c4e6b0d2f7a1c3e5b79");
    ObjectNode tasks = result.putObject("tasks");
    tasks.put("open", 2);
    tasks.put("done", 1);
    result.put("apiCalls", 1);
    return result;
  }

  private JsonNode acquire(JsonNode payload) {
    String execution = payload.path("executionArn").asText();
    boolean acquired = lock.acquire(payload.path("workItemId").asText(), execution);
    ObjectNode result = Json.object();
    result.put("acquired", acquired);
    result.put("status", acquired ? "ACQUIRED" : "WORK_ITEM_BUSY");
    if (acquired) {
      result.put("slot", 0);
      result.put("expiresAt", 1795688100L);
      result.putArray("heldBy");
      result.put("reason", "acquired slot 0 for work item " + ITEM_ID);
    } else {
      result.putNull("slot");
      result.putNull("expiresAt");
      result.putArray("heldBy").add("arn:aws:states:eu-west-1:111122223333:execution:other:run-0");
      result.put("reason", "work item " + ITEM_ID + " is already running elsewhere");
    }
    return result;
  }

  private JsonNode release(JsonNode payload) {
    boolean released =
        lock.release(payload.path("workItemId").asText(), payload.path("executionArn").asText());
    ObjectNode result = Json.object();
    result.put("released", released);
    result.put("status", released ? "RELEASED" : "ALREADY_GONE");
    ArrayNode locks = result.putArray("releasedLocks");
    if (released) {
      locks.add("item#" + ITEM_ID).add("slot#0");
    }
    result.put("reason", released ? "released the lock" : "nothing to release");
    return result;
  }

  private JsonNode parseCoverage(JsonNode payload) {
    coverageRequests.add(payload);
    ObjectNode result = Json.object();
    result.put("reportsLocation", "s3://kiro-worker-artifacts-test/test/build/");
    result.put("coverageFormat", "JaCoCo XML");
    result.put("coverageReport", "s3://kiro-worker-artifacts-test/test/build/reports/jacoco.xml");
    result.put("testReports", 2);
    ObjectNode verdict = result.putObject("gate");
    boolean lowCoverage = gate == Gate.COVERAGE_BELOW_THRESHOLD;
    int failed = gate == Gate.TESTS_FAILING ? 2 : 0;
    verdict.put("linePct", lowCoverage ? 72.4 : 91.2);
    verdict.put("branchPct", lowCoverage ? 61.5 : 84.0);
    verdict.put("threshold", payload.path("threshold").asDouble(80));
    verdict.put("testsTotal", 12);
    verdict.put("testsPassed", 12 - failed);
    verdict.put("testsFailed", failed);
    verdict.put("testsErrored", 0);
    verdict.put("testsSkipped", 0);
    verdict.put("met", gate == Gate.MET);
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

  private JsonNode updatePullRequest(JsonNode payload) {
    String phase = payload.path("phase").asText();
    reports.add(new Report(currentState, phase, payload));
    ObjectNode result = Json.object();
    result.put("commentId", 2486019020L);
    result.put("commentUrl", PR_URL + "#issuecomment-2486019020");
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

  private JsonNode build(JsonNode parameters) {
    buildRequests.add(parameters);
    ObjectNode build = Json.object();
    build.put("Id", BUILD_ID);
    build.put("Arn", "arn:aws:codebuild:eu-west-1:111122223333:build/" + BUILD_ID);
    build.put("BuildStatus", buildStatus);
    build.put("BuildComplete", true);
    build.put("CurrentPhase", "COMPLETED");
    build.put("ProjectName", WorkItemDefinition.BUILD_PROJECT);
    ArrayNode phases = build.putArray("Phases");
    for (String phase : List.of("SUBMITTED", "PROVISIONING", "INSTALL", "BUILD", "POST_BUILD")) {
      phases.addObject().put("PhaseType", phase).put("PhaseStatus", "SUCCEEDED");
    }
    build.putObject("Artifacts").put("Location", ARTIFACTS);
    build.putObject("Logs").put("GroupName", "/aws/codebuild/" + WorkItemDefinition.BUILD_PROJECT);
    ArrayNode exported = build.putArray("ExportedEnvironmentVariables");
    exported
        .addObject()
        .put("Name", "KIRO_GATE")
        .put("Value", gate == Gate.MET ? "PASSED" : "FAILED");
    exported.addObject().put("Name", "KIRO_PARTIAL").put("Value", String.valueOf(partial));
    exported.addObject().put("Name", "KIRO_TASKS_REMAINING").put("Value", partial ? "2" : "0");
    return build;
  }
}
