package dev.kiroworker.handlers.lock;

/** The lock table's partition keys: one per slot, one per running work item. */
final class LockKeys {

  private LockKeys() {}

  static String slot(int index) {
    return "slot#" + index;
  }

  static String workItem(WorkItemId workItem) {
    return "item#" + workItem.value();
  }
}
