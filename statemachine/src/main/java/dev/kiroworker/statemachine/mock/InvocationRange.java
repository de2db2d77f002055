package dev.kiroworker.statemachine.mock;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invocations a mocked response entry answers: its key is one 0-based index ({@code "3"}) or an
 * inclusive range ({@code "1-2"}), counting every invocation of the state, retries included.
 */
record InvocationRange(int first, int last) {

  private static final Pattern KEY = Pattern.compile("(\\d+)(?:-(\\d+))?");

  InvocationRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("not a range of invocations: " + first + "-" + last);
    }
  }

  /** The range a key names, or empty after noting why the key names none. */
  static Optional<InvocationRange> parse(String key, Place place, Problems problems) {
    Matcher matcher = KEY.matcher(key);
    if (!matcher.matches()) {
      problems.add(
          place, "not an invocation index; use a number such as \"0\" or a range such as \"1-2\"");
      return Optional.empty();
    }
    long first = index(matcher.group(1));
    long last = matcher.group(2) == null ? first : index(matcher.group(2));
    if (first > Integer.MAX_VALUE || last > Integer.MAX_VALUE) {
      problems.add(place, "invocation index is too large");
      return Optional.empty();
    }
    if (last < first) {
      problems.add(place, "range end " + last + " is before its start " + first);
      return Optional.empty();
    }
    return Optional.of(new InvocationRange((int) first, (int) last));
  }

  boolean contains(int invocation) {
    return first <= invocation && invocation <= last;
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }

  // Anything longer than an int's ten digits is out of range; saying so beats an overflow.
  private static long index(String digits) {
    String significant = digits.replaceFirst("^0+(?=\\d)", "");
    return significant.length() > 10 ? Long.MAX_VALUE : Long.parseLong(significant);
  }
}
