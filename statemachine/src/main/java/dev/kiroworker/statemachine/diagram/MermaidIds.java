package dev.kiroworker.statemachine.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out Mermaid node ids: letters, digits and underscores only, unique in one diagram, and
 * never one of the lowercase words Mermaid's flowchart grammar reserves (a node called {@code end}
 * closes the enclosing subgraph instead). Mermaid's keywords are case-sensitive, so {@code End} is
 * a plain id.
 */
final class MermaidIds {

  private static final Set<String> RESERVED =
      Set.of(
          "end",
          "graph",
          "flowchart",
          "subgraph",
          "style",
          "linkStyle",
          "classDef",
          "class",
          "click",
          "call",
          "href",
          "direction",
          "default",
          "interpolate",
          "accTitle",
          "accDescr");

  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> states = new HashMap<>();

  /**
   * Gives a state its id, derived from its name. State names are unique across a whole definition
   * (the validator checks it), so one map serves every branch and item processor.
   */
  void assignState(String name) {
    states.put(name, unique(sanitise(name)));
  }

  /** The id given to the state {@code name} by {@link #assignState}. */
  String state(String name) {
    String id = states.get(name);
    if (id == null) {
      throw new IllegalStateException("no id was assigned to the state '" + name + "'");
    }
    return id;
  }

  /** A fresh id for a node or subgraph that is not a state, such as a start or end marker. */
  String extra(String wanted) {
    return unique(sanitise(wanted));
  }

  private String unique(String base) {
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  static String sanitise(String name) {
    String id = name.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+", "_");
    id = id.replaceAll("^_|_$", "");
    if (id.isEmpty()) {
      return "state";
    }
    if (Character.isDigit(id.charAt(0)) || RESERVED.contains(id)) {
      return "s_" + id;
    }
    return id;
  }
}
