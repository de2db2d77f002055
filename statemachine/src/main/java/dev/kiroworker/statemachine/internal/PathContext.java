package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.json.Json;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One path of an execution: the execution itself, a Parallel branch or a Map iteration. It owns its
 * time, the id of its last history event (AWS chains {@code previousEventId} per path) and a stop
 * signal its siblings raise when one of them fails.
 */
final class PathContext {

  private final Run run;
  private final PathContext parent;
  private final Timeline timeline;
  private final AtomicBoolean stopped;
  private long lastEventId;

  private PathContext(
      Run run, PathContext parent, Timeline timeline, AtomicBoolean stopped, long last) {
    this.run = run;
    this.parent = parent;
    this.timeline = timeline;
    this.stopped = stopped;
    this.lastEventId = last;
  }

  static PathContext root(Run run, Timeline timeline) {
    return new PathContext(run, null, timeline, new AtomicBoolean(), 0);
  }

  /** A child path that starts now, after this path's last event; siblings share {@code stop}. */
  PathContext fork(AtomicBoolean stop) {
    return new PathContext(run, this, timeline.fork(), stop, lastEventId);
  }

  Run run() {
    return run;
  }

  Timeline timeline() {
    return timeline;
  }

  /** Whether this path or any path it belongs to was told to stop. */
  boolean isStopped() {
    return stopped.get() || (parent != null && parent.isStopped());
  }

  /** Records a history event at this path's current time. */
  long record(String type, String detailsKey, ObjectNode details) {
    lastEventId = run.history().add(lastEventId, timeline.now(), type, detailsKey, details);
    return lastEventId;
  }

  /** Continues this path's event chain after a child path's last event. */
  void continueAfter(PathContext child) {
    lastEventId = Math.max(lastEventId, child.lastEventId);
  }

  /** The context object ({@code $$}) for a state entered at {@code entered}. */
  ObjectNode contextObject(String stateName, Instant entered, int retryCount) {
    ExecutionIdentity identity = run.identity();
    ObjectNode context = Json.object();
    ObjectNode execution = context.putObject("Execution");
    execution.put("Id", identity.executionArn());
    execution.set("Input", run.input());
    execution.put("Name", identity.executionName());
    execution.put("RoleArn", identity.roleArn());
    execution.put("StartTime", run.startTime().toString());
    execution.put("RedriveCount", 0);
    ObjectNode state = context.putObject("State");
    state.put("EnteredTime", entered.toString());
    state.put("Name", stateName);
    state.put("RetryCount", retryCount);
    ObjectNode machine = context.putObject("StateMachine");
    machine.put("Id", identity.stateMachineArn());
    machine.put("Name", identity.stateMachineName());
    return context;
  }

  /** The context object of a Map iteration's ItemSelector: adds {@code Map.Item}. */
  static ObjectNode withMapItem(ObjectNode context, int index, JsonNode value) {
    ObjectNode copy = context.deepCopy();
    ObjectNode item = copy.putObject("Map").putObject("Item");
    item.put("Index", index);
    item.set("Value", value);
    return copy;
  }
}
