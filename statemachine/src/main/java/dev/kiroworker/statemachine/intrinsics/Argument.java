package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One argument of an intrinsic function call, as written in the definition. */
sealed interface Argument {

  /**
   * A nested (or the outermost) function call.
   *
   * @param function the function called
   * @param arguments its arguments, in order
   */
  record Call(StatesFunction function, List<Argument> arguments) implements Argument {}

  /**
   * A quoted string literal.
   *
   * @param value the string with its escapes resolved
   * @param raw the text between the quotes, escapes intact (States.Format needs to tell {@code \{}
   *     from {@code {})
   */
  record Text(String value, String raw) implements Argument {}

  /**
   * A number, {@code true}, {@code false} or {@code null}.
   *
   * @param value its JSON value
   */
  record Literal(JsonNode value) implements Argument {}

  /**
   * A JSONPath read from the state input ({@code $...}) or the context object ({@code $$...}).
   *
   * @param path the path as written
   */
  record Path(String path) implements Argument {}
}
