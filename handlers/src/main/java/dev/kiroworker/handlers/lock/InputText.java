package dev.kiroworker.handlers.lock;

/** Quotes rejected input for an error message, cut short so a huge value cannot flood the log. */
final class InputText {

  static final int MAX_SHOWN = 120;

  private InputText() {}

  static String quote(String value) {
    if (value == null) {
      return "nothing";
    }
    String shown = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
    return "'" + shown + "'";
  }
}
