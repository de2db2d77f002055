package dev.kiroworker.statemachine.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow definition, {@code statemachine/work-item.asl.json}, as packed into this module's
 * jar, and the substitution of its {@code ${...}} placeholders that CDK's {@code
 * definitionSubstitutions} performs in AWS and local mode performs on a laptop.
 */
public final class WorkItemWorkflow {

  /** Where the build puts the definition on the class path. */
  static final String RESOURCE = "/dev/kiroworker/statemachine/workflow/work-item.asl.json";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

  // A value is pasted into a JSON string, so it may not end that string or escape out of it.
  private static final Pattern SAFE_VALUE = Pattern.compile("[^\"\\\\\\p{Cntrl}]*");

  private WorkItemWorkflow() {}

  /** The definition as committed, placeholders and all. */
  public static String definitionText() {
    try (InputStream in = WorkItemWorkflow.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "work-item.asl.json is missing from the class path at " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the workflow definition", e);
    }
  }

  /** The names of the placeholders {@code text} uses, sorted. */
  public static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * The definition with every placeholder replaced by its value.
   *
   * @throws IllegalArgumentException naming every placeholder without a value, every value for a
   *     placeholder the definition does not use, and every value that could break out of a JSON
   *     string
   */
  public static String substitute(String text, Map<String, String> values) {
    Set<String> used = placeholders(text);
    List<String> problems = new ArrayList<>();
    for (String name : used) {
      if (!values.containsKey(name)) {
        problems.add("no value for ${" + name + "}");
      }
    }
    for (String name : new TreeSet<>(values.keySet())) {
      String value = values.get(name);
      if (!used.contains(name)) {
        problems.add("the definition has no ${" + name + "}");
      } else if (value == null || !SAFE_VALUE.matcher(value).matches()) {
        problems.add(
            "the value for ${"
                + name
                + "} is missing or holds a quote, a backslash or a control"
                + " character");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot fill the workflow's placeholders: " + String.join("; ", problems) + ".");
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(matcher.group(1))));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
