package dev.kiroworker.statemachine.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Checks what is particular to a Map state: its item processor, how items are selected, its
 * concurrency and failure tolerance. Distributed Map features are reported as unsupported.
 */
final class MapChecker {

  static final String DISTRIBUTED = "distributed Map is not supported by the local engine";

  private static final List<String> DISTRIBUTED_ONLY =
      List.of("ItemReader", "ItemBatcher", "ResultWriter");

  private MapChecker() {}

  static void check(ObjectFields map) {
    processor(map);
    map.readingReferencePath("ItemsPath");
    if (map.has("ItemSelector") && map.has("Parameters")) {
      map.report(
          "Parameters",
          "Parameters is the older name of ItemSelector in a Map state; keep only ItemSelector");
    }
    map.wholeNumberFrom("MaxConcurrency", 0);
    alternative(map, "MaxConcurrency");
    map.number(
        "ToleratedFailurePercentage",
        BigDecimal.ZERO,
        BigDecimal.valueOf(100),
        "a number from 0 to 100");
    alternative(map, "ToleratedFailurePercentage");
    map.wholeNumberFrom("ToleratedFailureCount", 0);
    alternative(map, "ToleratedFailureCount");
    map.string("Label");
    for (String name : DISTRIBUTED_ONLY) {
      if (map.has(name)) {
        map.report(name, DISTRIBUTED + ": " + name + " only works with a distributed Map");
      }
    }
  }

  private static void alternative(ObjectFields map, String name) {
    map.readingReferencePath(name + "Path");
    map.atMostOne(name, name + "Path");
  }

  private static void processor(ObjectFields map) {
    boolean current = map.has("ItemProcessor");
    boolean legacy = map.has("Iterator");
    if (!current && !legacy) {
      map.reportHere(
          "a Map state needs an ItemProcessor: the StartAt and States to run for each item");
      return;
    }
    if (current && legacy) {
      map.report(
          "Iterator", "Iterator is the older name of ItemProcessor; keep only ItemProcessor");
    }
    String field = current ? "ItemProcessor" : "Iterator";
    MachineChecker.check(
        map.get(field), map.at(field), MachineChecker.Kind.PROCESSOR, map.context());
    if (map.get(field).isObject() && map.get(field).has("ProcessorConfig")) {
      processorConfig(map.child(field));
    }
  }

  private static void processorConfig(ObjectFields processor) {
    if (!processor.object("ProcessorConfig")) {
      return;
    }
    ObjectFields config = processor.child("ProcessorConfig");
    config
        .string("Mode")
        .ifPresent(
            mode -> {
              if (mode.equals("DISTRIBUTED")) {
                config.report("Mode", DISTRIBUTED + "; use Mode INLINE (the default)");
              } else if (!mode.equals("INLINE")) {
                config.report("Mode", "must be INLINE or DISTRIBUTED, got \"" + mode + "\"");
              }
            });
    for (String name : config.names()) {
      if (name.equals("ExecutionType")) {
        config.report(name, DISTRIBUTED + ": ExecutionType only applies to a distributed Map");
      } else if (!name.equals("Mode")) {
        config.report(
            name, "field '" + name + "' is not allowed in ProcessorConfig; allowed: Mode");
      }
    }
  }
}
