package dev.kiroworker.worker.build.runner;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code $NAME} and {@code ${NAME}} in {@code artifacts.name} and {@code base-directory}
 * from the build's final environment, as the shell would; an unset variable expands to nothing.
 * Nothing else of the shell's language is interpreted (the parser refuses command substitution).
 */
final class VariableExpander implements UnaryOperator<String> {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

  private final Map<String, String> environment;

  VariableExpander(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String apply(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      matcher.appendReplacement(
          expanded, Matcher.quoteReplacement(environment.getOrDefault(name, "")));
    }
    matcher.appendTail(expanded);
    return expanded.toString();
  }
}
