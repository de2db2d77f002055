package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kiroworker.statemachine.json.Json;
import dev.kiroworker.statemachine.json.JsonPaths;
import dev.kiroworker.statemachine.json.MissingPathException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evaluates a parsed call against one state input and context object, innermost calls first. */
final class Evaluator {

  private static final Pattern TRAILING_INDEX = Pattern.compile("(.+)\\[(-?\\d+)]");

  private final JsonNode input;
  private final JsonNode context;
  private final RandomGenerator random;

  Evaluator(JsonNode input, JsonNode context, RandomGenerator random) {
    this.input = input;
    this.context = context;
    this.random = random;
  }

  JsonNode evaluate(Argument argument) {
    return switch (argument) {
      case Argument.Call call -> invoke(call);
      case Argument.Text text -> TextNode.valueOf(text.value());
      case Argument.Literal literal -> literal.value();
      case Argument.Path path -> resolve(path.path());
    };
  }

  private JsonNode invoke(Argument.Call call) {
    List<JsonNode> values = call.arguments().stream().map(this::evaluate).toList();
    return call.function().apply(new Invocation(call.function(), values, call.arguments(), random));
  }

  /**
   * Reads a path argument. AWS fails the call when the path selects nothing, and also when it
   * indexes past the end of an array, which a plain {@code "key.$"} path would read as null.
   */
  private JsonNode resolve(String path) {
    JsonNode value;
    try {
      value = JsonPaths.read(path, input, context);
    } catch (MissingPathException e) {
      throw missing(path);
    }
    if (value.isNull() && pastTheEnd(path)) {
      throw missing(path);
    }
    return value;
  }

  private boolean pastTheEnd(String path) {
    Matcher matcher = TRAILING_INDEX.matcher(path);
    if (!matcher.matches()) {
      return false;
    }
    Optional<JsonNode> parent = JsonPaths.find(matcher.group(1), input, context);
    long index = Long.parseLong(matcher.group(2));
    return parent.isPresent()
        && parent.get().isArray()
        && (index >= parent.get().size() || -index > parent.get().size());
  }

  private FunctionError missing(String path) {
    return new FunctionError(
        "The JsonPath argument for the field '"
            + path
            + "' could not be found in the input '"
            + Json.write(input)
            + "'");
  }
}
