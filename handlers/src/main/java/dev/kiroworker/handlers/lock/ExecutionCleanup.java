package dev.kiroworker.handlers.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Releases the locks of an execution that stopped without running its own release: the target of
 * the EventBridge rule on "Step Functions Execution Status Change" (ABORTED, TIMED_OUT, FAILED).
 *
 * <p>The owner is not the table's key, so the locks are found without a scan: the work item id
 * comes from the execution's input when it carries one, and the slot range (at most 100 keys, one
 * batch read) yields the owner's slots, each naming the work item it runs.
 */
public final class ExecutionCleanup {

  /** Statuses that skip the workflow's Catch (ABORTED, TIMED_OUT) or may end it (FAILED). */
  public static final Set<String> STOPPED = Set.of("ABORTED", "TIMED_OUT", "FAILED");

  private final DynamoDbLock lock;
  private final ObjectMapper mapper;
  private final WorkItemIdPath workItemPath;

  /** A cleanup that reads the work item id at {@code workItemPath} in the execution's input. */
  public ExecutionCleanup(DynamoDbLock lock, ObjectMapper mapper, WorkItemIdPath workItemPath) {
    this.lock = Objects.requireNonNull(lock, "lock");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.workItemPath = Objects.requireNonNull(workItemPath, "workItemPath");
  }

  /** Parses an EventBridge event and handles it. */
  public CleanupResult handle(JsonNode event) {
    return handle(ExecutionStatusChange.parse(event));
  }

  /** Releases what a stopped execution holds; ignores other statuses, saying why. */
  public CleanupResult handle(ExecutionStatusChange change) {
    ExecutionArn owner = change.executionArn();
    if (!STOPPED.contains(change.status())) {
      return new CleanupResult(
          owner,
          change.status(),
          true,
          null,
          "status "
              + change.status()
              + " needs no cleanup: the execution is running or released its own lock");
    }
    InputReading reading = read(change.input());
    ReleaseResult release =
        reading.workItem() == null
            ? lock.releaseAllHeldBy(owner)
            : lock.release(reading.workItem(), owner);
    return new CleanupResult(
        owner,
        change.status(),
        false,
        release,
        change.status() + ": " + reading.note() + "; " + release.reason());
  }

  /**
   * Reads the work item id from the input. A missing, non-JSON or id-less input is not an error:
   * the slot range still finds every lock that holds a slot, and the note says what happened.
   */
  private InputReading read(String input) {
    if (input == null) {
      return InputReading.without("the event carries no input; searched the slots");
    }
    JsonNode tree;
    try {
      tree = mapper.readTree(input);
    } catch (JsonProcessingException notJson) {
      return InputReading.without("the execution input is not JSON; searched the slots");
    }
    Optional<String> value = workItemPath.find(tree);
    if (value.isEmpty()) {
      return InputReading.without(
          "the input has no work item id at " + workItemPath.path() + "; searched the slots");
    }
    return validId(value.get())
        .map(item -> new InputReading(item, "work item " + item + " from the execution input"))
        .orElseGet(
            () ->
                InputReading.without(
                    "the input's "
                        + workItemPath.path()
                        + " is not a work item id; searched the slots"));
  }

  /** The work item the input names ({@code null} when none) and how it was found. */
  private record InputReading(WorkItemId workItem, String note) {
    static InputReading without(String note) {
      return new InputReading(null, note);
    }
  }

  private static Optional<WorkItemId> validId(String candidate) {
    try {
      return Optional.of(WorkItemId.of(candidate));
    } catch (PermanentException invalid) {
      return Optional.empty();
    }
  }
}
