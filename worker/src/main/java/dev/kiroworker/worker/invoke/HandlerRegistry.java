package dev.kiroworker.worker.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.kiroworker.handlers.AcquireLockHandler;
import dev.kiroworker.handlers.DiscoverWorkItemHandler;
import dev.kiroworker.handlers.ParseCoverageHandler;
import dev.kiroworker.handlers.ReleaseLockHandler;
import dev.kiroworker.handlers.UpdatePullRequestHandler;
import dev.kiroworker.handlers.ValidateSpecHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The handlers {@code invoke} can run, by the name of the workflow state they serve. Each is built
 * with its public no-argument constructor, exactly as the Lambda runtime builds it.
 */
public final class HandlerRegistry {

  private final Map<String, Supplier<RequestStreamHandler>> handlers;

  HandlerRegistry(Map<String, Supplier<RequestStreamHandler>> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  /** Every handler of the workflow. */
  public static HandlerRegistry workflow() {
    Map<String, Supplier<RequestStreamHandler>> handlers = new LinkedHashMap<>();
    handlers.put("DiscoverWorkItem", DiscoverWorkItemHandler::new);
    handlers.put("AcquireLock", AcquireLockHandler::new);
    handlers.put("ReleaseLock", ReleaseLockHandler::new);
    handlers.put("ParseCoverage", ParseCoverageHandler::new);
    handlers.put("ValidateSpec", ValidateSpecHandler::new);
    handlers.put("UpdatePullRequest", UpdatePullRequestHandler::new);
    return new HandlerRegistry(handlers);
  }

  Optional<Supplier<RequestStreamHandler>> find(String name) {
    return Optional.ofNullable(handlers.get(name));
  }

  Set<String> names() {
    return new java.util.TreeSet<>(handlers.keySet());
  }
}
