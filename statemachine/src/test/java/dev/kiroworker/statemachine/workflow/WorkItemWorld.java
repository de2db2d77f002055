package dev.kiroworker.statemachine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final Set<String> causeless = new HashSet<>();

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

  /** {@code state}'s next call fails with {@code error} and no cause at all. */
  WorkItemWorld failWithoutCauseAt(String state, String error) {
    causeless.add(state);
    return failAt(state, error, 1);
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
            .function(
                "kiro-worker-DiscoverWorkItem",
                payload -> HandlerAnswers.discovery(work, stuckItems))
            .function(
                "kiro-worker-ValidateSpec", payload -> HandlerAnswers.specValidation(specValid))
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
        throw new StatesException(error, causeless.contains(state) ? null : causeOf(error, state));
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

  private JsonNode acquire(JsonNode payload) {
    String execution = payload.path("executionArn").asText();
    return HandlerAnswers.acquireResult(
        lock.acquire(payload.path("workItemId").asText(), execution));
  }

  private JsonNode release(JsonNode payload) {
    return HandlerAnswers.releaseResult(
        lock.release(payload.path("workItemId").asText(), payload.path("executionArn").asText()));
  }

  private JsonNode parseCoverage(JsonNode payload) {
    coverageRequests.add(payload);
    return HandlerAnswers.coverage(gate, payload);
  }

  private JsonNode updatePullRequest(JsonNode payload) {
    String phase = payload.path("phase").asText();
    reports.add(new Report(currentState, phase, payload));
    return HandlerAnswers.updateResult(phase);
  }

  private JsonNode build(JsonNode parameters) {
    buildRequests.add(parameters);
    return HandlerAnswers.finishedBuild(buildStatus, gate, partial);
  }
}
