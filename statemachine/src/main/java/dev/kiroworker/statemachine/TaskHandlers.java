package dev.kiroworker.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds Task resources to handlers: by exact ARN first, then by pattern, in the order the patterns
 * were added. Immutable; build one with {@link #builder()}.
 */
public final class TaskHandlers {

  private record Binding(String exact, Pattern pattern, TaskHandler handler) {
    boolean matches(String resource) {
      return exact != null ? exact.equals(resource) : pattern.matcher(resource).matches();
    }
  }

  private final List<Binding> bindings;

  private TaskHandlers(List<Binding> bindings) {
    this.bindings = List.copyOf(bindings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** No handlers: every Task fails with an unbound-resource error. */
  public static TaskHandlers none() {
    return builder().build();
  }

  /** The handler for {@code resource}: an exact binding wins over a pattern. */
  public Optional<TaskHandler> find(String resource) {
    return bindings.stream()
        .filter(binding -> binding.exact() != null && binding.matches(resource))
        .findFirst()
        .or(
            () ->
                bindings.stream()
                    .filter(binding -> binding.exact() == null && binding.matches(resource))
                    .findFirst())
        .map(Binding::handler);
  }

  /** Collects bindings. */
  public static final class Builder {
    private final List<Binding> bindings = new ArrayList<>();

    private Builder() {}

    /** Binds one resource ARN exactly. */
    public Builder bind(String resource, TaskHandler handler) {
      requireNonEmpty(resource);
      bindings.add(new Binding(resource, null, requireHandler(handler)));
      return this;
    }

    /** Binds every resource ARN that matches the regular expression as a whole. */
    public Builder bindPattern(String regex, TaskHandler handler) {
      requireNonEmpty(regex);
      bindings.add(new Binding(null, Pattern.compile(regex), requireHandler(handler)));
      return this;
    }

    public TaskHandlers build() {
      return new TaskHandlers(bindings);
    }

    private static void requireNonEmpty(String value) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("a task binding needs a resource ARN or pattern");
      }
    }

    private static TaskHandler requireHandler(TaskHandler handler) {
      if (handler == null) {
        throw new IllegalArgumentException("a task binding needs a handler");
      }
      return handler;
    }
  }
}
