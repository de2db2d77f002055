package dev.kiroworker.statemachine.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.statemachine.choice.ChoiceBranch;
import dev.kiroworker.statemachine.choice.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Walks a valid definition and writes its flowchart. All nodes and subgraphs come first, then all
 * edges, outside every subgraph: Mermaid makes a node a member of the subgraph blocks that mention
 * it, so keeping edges out of the blocks leaves each state in the one block that declares it,
 * whatever the order of the definition's states.
 */
final class Flowchart {

  private static final String INDENT = "    ";

  private final MermaidIds ids = new MermaidIds();
  private final StringBuilder nodes = new StringBuilder();
  private final List<String> edges = new ArrayList<>();
  private final List<String> succeedStates = new ArrayList<>();
  private final List<String> failStates = new ArrayList<>();

  private Flowchart() {}

  /** The flowchart of a definition that has passed validation. */
  static String of(JsonNode definition) {
    Flowchart chart = new Flowchart();
    // States get their ids before the start and end markers, so that a state keeps the id its name
    // gives even when it is called "start".
    chart.assignIds(definition);
    chart.machine(definition, new Markers("start", "Start", "finish", "End"), 1);
    return chart.text();
  }

  /** A machine's start and end nodes: their ids and labels. */
  private record Markers(String start, String startLabel, String end, String endLabel) {}

  private void assignIds(JsonNode machine) {
    for (Map.Entry<String, JsonNode> state : machine.path("States").properties()) {
      ids.assignState(state.getKey());
      for (JsonNode nested : nestedMachines(state.getValue())) {
        assignIds(nested);
      }
    }
  }

  private void machine(JsonNode machine, Markers markers, int depth) {
    String start = ids.extra(markers.start());
    node(depth, start + "((" + MermaidText.quoted(markers.startLabel()) + "))");
    edge(start, "-->", null, ids.state(machine.path("StartAt").textValue()));
    String end = null;
    for (Map.Entry<String, JsonNode> entry : machine.path("States").properties()) {
      if (entry.getValue().path("End").asBoolean(false) && end == null) {
        end = ids.extra(markers.end());
      }
    }
    for (Map.Entry<String, JsonNode> entry : machine.path("States").properties()) {
      state(entry.getKey(), entry.getValue(), end, depth);
    }
    if (end != null) {
      node(depth, end + "(((" + MermaidText.quoted(markers.endLabel()) + ")))");
    }
  }

  private void state(String name, JsonNode state, String end, int depth) {
    String id = ids.state(name);
    String label = MermaidText.quoted(name);
    switch (state.path("Type").textValue()) {
      case "Task" -> node(depth, id + "[" + label + "]");
      case "Pass" -> node(depth, id + "(" + label + ")");
      case "Wait" -> node(depth, id + "{{" + label + "}}");
      case "Choice" -> node(depth, id + "{" + label + "}");
      case "Succeed" -> terminal(depth, id, label, succeedStates);
      case "Fail" -> terminal(depth, id, label, failStates);
      case "Parallel" -> parallel(id, label, state, depth);
      case "Map" -> map(id, label, state, depth);
      default -> throw new IllegalArgumentException("state '" + name + "' has an unknown Type");
    }
    transitions(id, state, end);
  }

  private void terminal(int depth, String id, String label, List<String> group) {
    node(depth, id + "([" + label + "])");
    group.add(id);
  }

  private void parallel(String id, String label, JsonNode state, int depth) {
    node(depth, "subgraph " + id + " [" + label + "]");
    JsonNode branches = state.path("Branches");
    for (int i = 0; i < branches.size(); i++) {
      String branch = ids.extra(id + "_branch_" + (i + 1));
      node(depth + 1, "subgraph " + branch + " [" + MermaidText.quoted("branch " + (i + 1)) + "]");
      machine(
          branches.get(i),
          new Markers(branch + "_start", "start", branch + "_end", "end"),
          depth + 2);
      node(depth + 1, "end");
    }
    node(depth, "end");
  }

  private void map(String id, String label, JsonNode state, int depth) {
    node(depth, "subgraph " + id + " [" + label + "]");
    machine(
        processor(state), new Markers(id + "_start", "each item", id + "_end", "end"), depth + 1);
    node(depth, "end");
  }

  private void transitions(String id, JsonNode state, String end) {
    if (state.path("Type").textValue().equals("Choice")) {
      List<ChoiceBranch> branches = Choices.parse(state).branches();
      for (int i = 0; i < branches.size(); i++) {
        ChoiceBranch branch = branches.get(i);
        edge(id, "-->", ChoiceLabel.of(branch.rule(), i), ids.state(branch.next()));
      }
      if (state.hasNonNull("Default")) {
        edge(id, "-->", "default", ids.state(state.get("Default").textValue()));
      }
    }
    if (state.hasNonNull("Next")) {
      edge(id, "-->", null, ids.state(state.get("Next").textValue()));
    }
    if (state.path("End").asBoolean(false)) {
      edge(id, "-->", null, end);
    }
    for (JsonNode catcher : state.path("Catch")) {
      List<String> errors = new ArrayList<>();
      catcher.path("ErrorEquals").forEach(error -> errors.add(error.textValue()));
      edge(id, "-.->", ErrorLabel.of(errors), ids.state(catcher.path("Next").textValue()));
    }
  }

  private static List<JsonNode> nestedMachines(JsonNode state) {
    return switch (state.path("Type").asText()) {
      case "Parallel" -> {
        List<JsonNode> branches = new ArrayList<>();
        state.path("Branches").forEach(branches::add);
        yield branches;
      }
      case "Map" -> List.of(processor(state));
      default -> List.of();
    };
  }

  /** {@code ItemProcessor}, or {@code Iterator}, its name before AWS renamed it. */
  private static JsonNode processor(JsonNode map) {
    return map.has("ItemProcessor") ? map.get("ItemProcessor") : map.path("Iterator");
  }

  private void node(int depth, String line) {
    nodes.append(INDENT.repeat(depth)).append(line).append('\n');
  }

  private void edge(String from, String arrow, String label, String to) {
    String text = label == null ? "" : "|" + MermaidText.quoted(label) + "|";
    edges.add(from + " " + arrow + text + " " + to);
  }

  private String text() {
    StringBuilder out = new StringBuilder("flowchart TD\n").append(nodes);
    edges.forEach(edge -> out.append(INDENT).append(edge).append('\n'));
    styles(out, "succeed", "fill:#dff3e4,stroke:#2e7d32,color:#1b5e20", succeedStates);
    styles(out, "fail", "fill:#fbe3e1,stroke:#c62828,color:#b71c1c", failStates);
    return out.toString();
  }

  // Fill colours only: the shape (a stadium) already tells an end state apart without colour.
  private static void styles(StringBuilder out, String name, String style, List<String> states) {
    if (!states.isEmpty()) {
      out.append(INDENT).append("classDef ").append(name).append(' ').append(style).append('\n');
      out.append(INDENT).append("class ").append(String.join(",", states));
      out.append(' ').append(name).append('\n');
    }
  }
}
