package dev.kiroworker.statemachine.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks what is particular to a Parallel state: its Branches, each a state machine. */
final class ParallelChecker {

  private ParallelChecker() {}

  static void check(ObjectFields parallel) {
    JsonNode branches = parallel.get("Branches");
    if (branches == null) {
      parallel.reportHere(
          "a Parallel state needs Branches: an array of state machines to run side by side");
      return;
    }
    if (!branches.isArray() || branches.isEmpty()) {
      parallel.report(
          "Branches",
          "must be a non-empty array of state machines, got " + ObjectFields.show(branches));
      return;
    }
    for (int i = 0; i < branches.size(); i++) {
      MachineChecker.check(
          branches.get(i),
          parallel.at("Branches").index(i),
          MachineChecker.Kind.BRANCH,
          parallel.context());
    }
  }
}
