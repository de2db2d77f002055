package dev.kiroworker.handlers.lock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.kiroworker.handlers.errors.PermanentException;
import java.util.regex.Pattern;

/**
 * The ARN of a Step Functions Standard execution, the owner of a lock. The local engine uses the
 * same shape with account {@code 123456789012}.
 *
 * @param value {@code arn:<partition>:states:<region>:<account>:execution:<state machine>:<name>}
 */
public record ExecutionArn(@JsonValue String value) {

  // AWS's naming rule for state machines and executions: 1-80 characters and none of whitespace,
  // brackets, wildcards, " # % \ ^ | ~ ` $ & , ; : / or control characters.
  private static final String NAME =
      "[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1F\\x7F-\\x9F]{1,80}";
  private static final Pattern SHAPE =
      Pattern.compile(
          "arn:aws(?:-[a-z]+)*:states:[a-z]{2}(?:-[a-z]+)+-\\d{1,2}:\\d{12}:execution:"
              + NAME
              + ":"
              + NAME);

  public ExecutionArn {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new PermanentException(
          "the lock owner must be a Step Functions execution ARN like"
              + " arn:aws:states:<region>:<account>:execution:<state machine>:<name>, got "
              + InputText.quote(value)
              + "; pass the context object's $$.Execution.Id");
    }
  }

  /** Checks and wraps an execution ARN. */
  @JsonCreator
  public static ExecutionArn of(String value) {
    return new ExecutionArn(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
