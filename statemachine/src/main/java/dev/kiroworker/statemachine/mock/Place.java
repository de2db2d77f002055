package dev.kiroworker.statemachine.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where something is in a mock configuration, printed the way a reader finds it in the file: {@code
 * MockedResponses.LockBusy."1-0"}.
 */
record Place(List<String> keys) {

  static final Place TOP = new Place(List.of());

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  Place {
    keys = List.copyOf(keys);
  }

  Place child(String key) {
    List<String> longer = new ArrayList<>(keys);
    longer.add(key);
    return new Place(longer);
  }

  @Override
  public String toString() {
    if (keys.isEmpty()) {
      return "top level";
    }
    return keys.stream().map(Place::show).collect(Collectors.joining("."));
  }

  // Keys such as "1-2" or "Check Identity" are quoted so the dots between keys stay unambiguous.
  private static String show(String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return key;
    }
    return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
