package dev.kiroworker.handlers.lock;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.regex.Pattern;

/**
 * Where the lock lives and how many work items may run at once.
 *
 * @param tableName the DynamoDB table, partition key {@code lockId} (string)
 * @param slots how many work items may run at once, 1 (strictly one after another) to 100
 */
public record LockSettings(String tableName, int slots) {

  /** One slot: work items run strictly one after another. */
  public static final int DEFAULT_SLOTS = 1;

  /** The slot range is read in one BatchGetItem call, which takes at most 100 keys. */
  public static final int MAX_SLOTS = 100;

  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");

  public LockSettings {
    if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
      throw new PermanentException(
          "the lock table name must be 3 to 255 letters, digits, '_', '-' or '.', got "
              + InputText.quote(tableName)
              + "; set it to the table the state stack created");
    }
    if (slots < 1 || slots > MAX_SLOTS) {
      throw new PermanentException(
          "the number of lock slots must be 1 to "
              + MAX_SLOTS
              + ", got "
              + slots
              + "; use 1 to run work items one after another");
    }
  }

  /** Settings with the default single slot. */
  public static LockSettings of(String tableName) {
    return new LockSettings(tableName, DEFAULT_SLOTS);
  }
}
