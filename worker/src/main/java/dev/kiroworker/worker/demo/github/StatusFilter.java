package dev.kiroworker.worker.demo.github;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of GitHub's project filter ({@code q}) the handlers send: the Status field's name,
 * then column names, quoted when they have spaces, a comma meaning "or" ({@code status:"For
 * Implementation","In Progress"}). Any other filter is not understood, so the request is answered
 * as unknown rather than with a listing that might be wrong.
 */
final class StatusFilter {

  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(\"[^\"]+\"|[^\\s:\"]+):((?:\"[^\"]*\"|[^\\s,\"]+)(?:,(?:\"[^\"]*\"|[^\\s,\"]+))*)");
  private static final Pattern VALUE = Pattern.compile("\"([^\"]*)\"|([^\\s,\"]+)");

  private final Set<String> columns;

  private StatusFilter(Set<String> columns) {
    this.columns = columns;
  }

  /**
   * The filter in {@code q} on field {@code statusField}; empty when {@code q} has another form.
   */
  static Optional<StatusFilter> parse(String q, String statusField) {
    Matcher matcher = QUALIFIER.matcher(q.strip());
    if (!matcher.matches() || !unquoted(matcher.group(1)).equalsIgnoreCase(statusField)) {
      return Optional.empty();
    }
    Set<String> columns = new HashSet<>();
    Matcher value = VALUE.matcher(matcher.group(2));
    while (value.find()) {
      String column = value.group(1) != null ? value.group(1) : value.group(2);
      columns.add(column.toLowerCase(Locale.ROOT));
    }
    return Optional.of(new StatusFilter(columns));
  }

  /** Whether an item in {@code column} passes; GitHub matches values case-insensitively. */
  boolean matches(String column) {
    return column != null && columns.contains(column.toLowerCase(Locale.ROOT));
  }

  private static String unquoted(String text) {
    return text.startsWith("\"") ? text.substring(1, text.length() - 1) : text;
  }
}
