package dev.kiroworker.statemachine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.Optional;

/**
 * Reads AWS Step Functions JSONPath expressions. Paths starting with {@code $$} read the context
 * object; all others read the state's input.
 *
 * <p>AWS's dialect is Jayway JsonPath: a definite path ({@code $.a.b}, {@code $.a[0]}) yields one
 * value or fails; an indefinite one (wildcards, filters, deep scan, slices) yields an array, which
 * may be empty.
 */
public final class JsonPaths {

  private static final Configuration JAYWAY =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider(Json.MAPPER))
          .mappingProvider(new JacksonMappingProvider(Json.MAPPER))
          .build();

  private JsonPaths() {}

  /**
   * The value at {@code path}.
   *
   * @throws MissingPathException when a definite path selects nothing
   * @throws IllegalArgumentException when {@code path} is not a JSONPath
   */
  public static JsonNode read(String path, JsonNode input, JsonNode context) {
    boolean fromContext = path.startsWith("$$");
    String effective = fromContext ? path.substring(1) : path;
    JsonNode document = fromContext ? context : input;
    JsonPath compiled = compile(effective);
    try {
      Object value = compiled.read(document, JAYWAY);
      return toNode(value);
    } catch (PathNotFoundException e) {
      throw new MissingPathException(path, e.getMessage());
    }
  }

  /** The value at {@code path}, or empty when a definite path selects nothing. */
  public static Optional<JsonNode> find(String path, JsonNode input, JsonNode context) {
    try {
      return Optional.of(read(path, input, context));
    } catch (MissingPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code path} is a JSONPath this engine can evaluate ({@code $...} or {@code $$...}).
   */
  public static boolean isPath(String path) {
    if (path == null || !path.startsWith("$")) {
      return false;
    }
    try {
      compile(path.startsWith("$$") ? path.substring(1) : path);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonPath compile(String path) {
    try {
      return JsonPath.compile(path);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "'" + path + "' is not a valid JSONPath: " + e.getMessage(), e);
    }
  }

  private static JsonNode toNode(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    return Json.MAPPER.valueToTree(value);
  }
}
