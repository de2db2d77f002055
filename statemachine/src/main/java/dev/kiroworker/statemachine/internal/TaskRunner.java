package dev.kiroworker.statemachine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiroworker.statemachine.StatesErrors;
import dev.kiroworker.statemachine.StatesException;
import dev.kiroworker.statemachine.TaskHandler;
import dev.kiroworker.statemachine.TaskRequest;
import dev.kiroworker.statemachine.internal.Model.TaskState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one attempt of a Task state: a mocked response if the test case scripts one, else the bound
 * handler, on its own thread so TimeoutSeconds and HeartbeatSeconds are enforced in real time. It
 * records the scheduled, started and succeeded / failed / timed-out events AWS records: {@code
 * LambdaFunction*} for a Lambda function ARN, {@code Task*} for service integrations.
 */
final class TaskRunner {

  private static final Pattern LAMBDA_FUNCTION = Pattern.compile("arn:aws[a-z-]*:lambda:.*");
  private static final Pattern SERVICE = Pattern.compile("arn:aws[a-z-]*:states:::([^:]+):(.+)");

  JsonNode attempt(
      TaskState state,
      JsonNode input,
      JsonNode context,
      Duration timeout,
      Duration heartbeat,
      PathContext path) {
    EventNames names = EventNames.of(state.resource());
    path.record(
        names.prefix + "Scheduled",
        names.detailsKey("Scheduled"),
        scheduled(state, names, input, timeout, heartbeat, path));
    path.record(names.prefix + "Started", names.startedKey(), names.started());
    try {
      JsonNode result = invoke(state, input, context, timeout, heartbeat, path);
      ObjectNode details = names.withResource(Events.output(result));
      path.record(names.prefix + "Succeeded", names.detailsKey("Succeeded"), details);
      return result;
    } catch (StatesException e) {
      boolean timedOut =
          StatesErrors.TIMEOUT.equals(e.error())
              || StatesErrors.HEARTBEAT_TIMEOUT.equals(e.error());
      String outcome = timedOut ? "TimedOut" : "Failed";
      path.record(
          names.prefix + outcome,
          names.detailsKey(outcome),
          names.withResource(Events.error(e.error(), e.cause())));
      throw e;
    }
  }

  private static ObjectNode scheduled(
      TaskState state,
      EventNames names,
      JsonNode input,
      Duration timeout,
      Duration heartbeat,
      PathContext path) {
    ObjectNode details;
    if (names.lambdaFunction) {
      details = Events.input(input);
      details.put("resource", state.resource());
    } else {
      details = Events.resource(names.resourceType, names.resource);
      details.put("region", path.run().identity().region());
      details.put("parameters", dev.kiroworker.statemachine.json.Json.write(input));
    }
    if (timeout != null) {
      details.put("timeoutInSeconds", timeout.toSeconds());
    }
    if (heartbeat != null && !names.lambdaFunction) {
      details.put("heartbeatInSeconds", heartbeat.toSeconds());
    }
    return details;
  }

  private static JsonNode invoke(
      TaskState state,
      JsonNode input,
      JsonNode context,
      Duration timeout,
      Duration heartbeat,
      PathContext path) {
    Optional<JsonNode> mocked = path.run().mocks().next(state.name());
    if (mocked.isPresent()) {
      return mocked.get();
    }
    TaskHandler handler =
        path.run()
            .tasks()
            .find(state.resource())
            .orElseThrow(
                () ->
                    StatesException.runtime(
                        "No task handler is bound to resource '"
                            + state.resource()
                            + "' (state '"
                            + state.name()
                            + "'). Bind one in TaskHandlers, or mock the state."));
    AtomicLong lastBeat = new AtomicLong(System.nanoTime());
    TaskRequest request =
        new TaskRequest(
            state.name(), state.resource(), input, context, () -> lastBeat.set(System.nanoTime()));
    CompletableFuture<JsonNode> call = new CompletableFuture<>();
    Thread worker =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    call.complete(handler.invoke(request));
                  } catch (Throwable t) {
                    call.completeExceptionally(t);
                  }
                });
    try {
      return await(call, timeout, heartbeat, lastBeat);
    } finally {
      worker.interrupt();
    }
  }

  private static JsonNode await(
      CompletableFuture<JsonNode> call, Duration timeout, Duration heartbeat, AtomicLong lastBeat) {
    long start = System.nanoTime();
    while (true) {
      long now = System.nanoTime();
      long waitNanos = Long.MAX_VALUE;
      if (timeout != null) {
        long left = start + timeout.toNanos() - now;
        if (left <= 0) {
          throw new StatesException(
              StatesErrors.TIMEOUT,
              "The task did not finish within TimeoutSeconds (" + timeout.toSeconds() + " s)");
        }
        waitNanos = left;
      }
      if (heartbeat != null) {
        long left = lastBeat.get() + heartbeat.toNanos() - now;
        if (left <= 0) {
          throw new StatesException(
              StatesErrors.HEARTBEAT_TIMEOUT,
              "No heartbeat within HeartbeatSeconds (" + heartbeat.toSeconds() + " s)");
        }
        waitNanos = Math.min(waitNanos, left);
      }
      try {
        return call.get(waitNanos, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // Loop: a heartbeat may have moved the deadline.
      } catch (ExecutionException e) {
        throw TaskErrors.from(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw StatesException.runtime("the execution was interrupted");
      }
    }
  }

  /** AWS's event names and details keys for one kind of resource. */
  private record EventNames(
      String prefix, boolean lambdaFunction, String resourceType, String resource) {

    static EventNames of(String resourceArn) {
      if (LAMBDA_FUNCTION.matcher(resourceArn).matches()) {
        return new EventNames("LambdaFunction", true, "lambda", resourceArn);
      }
      Matcher service = SERVICE.matcher(resourceArn);
      if (service.matches()) {
        return new EventNames("Task", false, service.group(1), service.group(2));
      }
      return new EventNames("Task", false, "custom", resourceArn);
    }

    String detailsKey(String outcome) {
      return (lambdaFunction ? "lambdaFunction" : "task") + outcome + "EventDetails";
    }

    String startedKey() {
      return lambdaFunction ? null : "taskStartedEventDetails";
    }

    ObjectNode started() {
      return lambdaFunction ? null : Events.resource(resourceType, resource);
    }

    ObjectNode withResource(ObjectNode details) {
      if (lambdaFunction) {
        return details;
      }
      ObjectNode withResource = Events.resource(resourceType, resource);
      withResource.setAll(details);
      return withResource;
    }
  }
}
