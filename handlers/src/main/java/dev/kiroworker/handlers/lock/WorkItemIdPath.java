package dev.kiroworker.handlers.lock;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an execution's input names its work item, as a JSONPath of plain field names such as {@code
 * $.workItem.item.projectItemId}.
 *
 * @param path {@code $} followed by one or more {@code .field} steps
 */
public record WorkItemIdPath(String path) {

  // Before DEFAULT: static fields initialise in order.
  private static final Pattern SHAPE = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+");

  /** Where an execution started for one work item carries its id. */
  public static final WorkItemIdPath DEFAULT = new WorkItemIdPath("$.workItem.item.projectItemId");

  public WorkItemIdPath {
    if (path == null || !SHAPE.matcher(path).matches()) {
      throw new PermanentException(
          "the work item id path must be a JSONPath of field names such as"
              + " $.workItem.item.projectItemId, got "
              + InputText.quote(path));
    }
  }

  /** The string at this path in {@code input}, if there is one. */
  public Optional<String> find(JsonNode input) {
    JsonNode found = input.at(JsonPointer.compile(path.substring(1).replace('.', '/')));
    return found.isTextual() ? Optional.of(found.textValue()) : Optional.empty();
  }
}
