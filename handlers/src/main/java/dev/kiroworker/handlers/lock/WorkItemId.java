package dev.kiroworker.handlers.lock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.regex.Pattern;

/**
 * The board item a lock guards, such as a GitHub Projects item node id ({@code PVTI_lADO...}).
 *
 * @param value 1 to 200 letters, digits and {@code _ . : = + / -}, starting with a letter or digit
 */
public record WorkItemId(@JsonValue String value) {

  // No '#': it separates a key's kind from its value in the table (item#<id>).
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:=+/-]{0,199}");

  public WorkItemId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new PermanentException(
          "a work item id must be 1 to 200 letters, digits or _ . : = + / - starting with a"
              + " letter or digit, such as the board item's node id PVTI_..., got "
              + InputText.quote(value));
    }
  }

  /** Checks and wraps a work item id. */
  @JsonCreator
  public static WorkItemId of(String value) {
    return new WorkItemId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
