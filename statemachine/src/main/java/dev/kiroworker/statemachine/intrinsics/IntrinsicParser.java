package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.json.JsonPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an intrinsic function call such as {@code States.Format('{} {}', $.a, States.UUID())} into
 * a tree of {@link Argument}s. Problems are {@link IllegalArgumentException}s whose message says
 * what is wrong and where.
 */
final class IntrinsicParser {

  /** "You can nest up to 10 intrinsic functions within a field" (AWS developer guide). */
  static final int MAX_CALLS = 10;

  private static final String PREFIX = "States.";
  private static final Pattern NAME = Pattern.compile("States\\.[A-Za-z0-9]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]*");
  private static final Pattern REST_OF_TOKEN = Pattern.compile("[^\\s,)]*");
  private static final String ESCAPABLE = "'{}\\";

  private final String text;
  private int position;
  private int calls;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  /** Parses a whole field value, which must be exactly one call. */
  static Argument.Call parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("there is no intrinsic function call (the value is null)");
    }
    IntrinsicParser parser = new IntrinsicParser(text);
    Argument.Call call = parser.call();
    if (parser.position < text.length()) {
      throw parser.problem("unexpected text after the closing parenthesis");
    }
    return call;
  }

  private Argument.Call call() {
    int start = position;
    String name = match(NAME, "expected an intrinsic function name such as States.Format");
    StatesFunction function =
        StatesFunction.named(name)
            .orElseThrow(() -> problemAt(start, "'" + name + "' is not an intrinsic function"));
    if (++calls > MAX_CALLS) {
      throw problemAt(
          start, "more than " + MAX_CALLS + " intrinsic functions in one field (AWS's limit)");
    }
    if (!next('(')) {
      throw problem("expected '(' right after " + name);
    }
    return new Argument.Call(function, arguments());
  }

  private List<Argument> arguments() {
    List<Argument> arguments = new ArrayList<>();
    skipSpace();
    if (next(')')) {
      return List.of();
    }
    while (true) {
      skipSpace();
      arguments.add(argument());
      skipSpace();
      if (next(')')) {
        return List.copyOf(arguments);
      }
      if (!next(',')) {
        throw problem("expected ',' or ')'");
      }
    }
  }

  private Argument argument() {
    char first = position < text.length() ? text.charAt(position) : ')';
    if (first == '\'') {
      return quoted();
    }
    if (first == '$') {
      return path();
    }
    if (first == '-' || Character.isDigit(first)) {
      return number();
    }
    if (text.startsWith(PREFIX, position)) {
      return call();
    }
    return keyword();
  }

  private Argument.Text quoted() {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '\'') {
        return new Argument.Text(value.toString(), text.substring(start + 1, position - 1));
      }
      if (c == '\\') {
        // AWS: "If an open escape backslash \ is found in the intrinsic invocation string, the
        // interpreter will throw a runtime error"; it rejects such definitions when they are
        // created.
        if (position >= text.length() || ESCAPABLE.indexOf(text.charAt(position)) < 0) {
          throw problemAt(position - 1, "'\\' may only escape ', {, } or \\");
        }
        c = text.charAt(position++);
      }
      value.append(c);
    }
    throw problemAt(start, "the string that starts here has no closing quote");
  }

  private Argument.Literal number() {
    int start = position;
    String token = match(NUMBER, "expected a number");
    if (!atDelimiter()) {
      throw problemAt(start, "'" + token + wordAt(position) + "' is not a number");
    }
    return new Argument.Literal(Json.parse(token));
  }

  private Argument.Literal keyword() {
    int start = position;
    String word = match(WORD, "expected an argument");
    if (!word.isEmpty() && atDelimiter()) {
      switch (word) {
        case "true" -> {
          return new Argument.Literal(BooleanNode.TRUE);
        }
        case "false" -> {
          return new Argument.Literal(BooleanNode.FALSE);
        }
        case "null" -> {
          return new Argument.Literal(NullNode.getInstance());
        }
        default -> {}
      }
    }
    if (word.isEmpty() && atDelimiter()) {
      throw problemAt(start, "expected an argument");
    }
    throw problemAt(
        start,
        "'"
            + word
            + wordAt(position)
            + "' is not an argument: use a 'quoted string', a number, true, false, null,"
            + " a path starting with $ or an intrinsic function");
  }

  private Argument.Path path() {
    int start = position;
    int depth = 0;
    char quote = 0;
    for (; position < text.length(); position++) {
      char c = text.charAt(position);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = depth > 0 ? c : quote;
      } else if (c == '[' || c == '(') {
        depth++;
      } else if (c == ']' || c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
        break;
      }
    }
    String path = text.substring(start, position);
    if (!JsonPaths.isPath(path)) {
      throw problemAt(start, "'" + path + "' is not a valid JSONPath");
    }
    return new Argument.Path(path);
  }

  private String match(Pattern pattern, String expectation) {
    Matcher matcher = pattern.matcher(text).region(position, text.length());
    if (!matcher.lookingAt()) {
      throw problem(expectation);
    }
    position = matcher.end();
    return matcher.group();
  }

  private String wordAt(int from) {
    Matcher matcher = REST_OF_TOKEN.matcher(text).region(from, text.length());
    matcher.lookingAt();
    return matcher.group();
  }

  private boolean atDelimiter() {
    if (position >= text.length()) {
      return true;
    }
    char c = text.charAt(position);
    return c == ',' || c == ')' || Character.isWhitespace(c);
  }

  private boolean next(char expected) {
    if (position < text.length() && text.charAt(position) == expected) {
      position++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private IllegalArgumentException problem(String message) {
    return problemAt(position, message);
  }

  private IllegalArgumentException problemAt(int at, String message) {
    String where = at >= text.length() ? "at the end" : "at character " + (at + 1);
    return new IllegalArgumentException(message + " " + where);
  }
}
