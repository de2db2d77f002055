package dev.kiroworker.handlers;

import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.LockSettings;
import java.time.Duration;

/**
 * The lock's deployment settings: table ({@code KIRO_LOCK_TABLE}), slots ({@code KIRO_LOCK_SLOTS},
 * default 1) and the lease: the build timeout ({@code KIRO_BUILD_TIMEOUT_MINUTES}, default 60) plus
 * a margin ({@code KIRO_LOCK_MARGIN_MINUTES}, default 15), so a lock outlives its build.
 */
record LockSetup(LockSettings settings, Lease lease) {

  static LockSetup from(Settings settings) {
    String table = settings.required("KIRO_LOCK_TABLE", "a DynamoDB table name");
    int slots = number(settings, "KIRO_LOCK_SLOTS", 1);
    Duration timeout = Duration.ofMinutes(number(settings, "KIRO_BUILD_TIMEOUT_MINUTES", 60));
    Duration margin = Duration.ofMinutes(number(settings, "KIRO_LOCK_MARGIN_MINUTES", 15));
    return new LockSetup(new LockSettings(table, slots), Lease.of(timeout, margin));
  }

  private static int number(Settings settings, String name, int fallback) {
    String value = settings.optional(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new PermanentException(name + " is '" + value + "'; expected a whole number.");
    }
  }
}
