package dev.kiroworker.handlers.pullrequest;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.Locale;

/** Which column a successful run moves its item to: review (the default) or done. */
public enum SucceededColumn {
  REVIEW,
  DONE;

  /** The setting that chooses it. */
  public static final String SETTING = "KIRO_SUCCEEDED_COLUMN";

  /** Parses the setting's value; null means the default. */
  public static SucceededColumn parse(String value) {
    if (value == null) {
      return REVIEW;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "review" -> REVIEW;
      case "done" -> DONE;
      default ->
          throw new PermanentException(SETTING + " is '" + value + "'; expected review or done.");
    };
  }
}
