package dev.kiroworker.worker.demo.github;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The board's items and the column each is in now; the one thing the board mutation changes. */
final class BoardState {

  /** An item with its ids. */
  record Entry(long restId, String nodeId, DemoWorld.Item item) {}

  private final DemoWorld.Board board;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, String> columns = new HashMap<>();

  BoardState(DemoWorld.Board board, List<DemoWorld.Item> items) {
    this.board = board;
    for (int i = 0; i < items.size(); i++) {
      long restId = Ids.item(i);
      Entry entry = new Entry(restId, Ids.itemNode(restId), items.get(i));
      entries.add(entry);
      columns.put(entry.nodeId(), items.get(i).column());
    }
  }

  DemoWorld.Board board() {
    return board;
  }

  List<Entry> entries() {
    return List.copyOf(entries);
  }

  Optional<Entry> entry(String nodeId) {
    return entries.stream().filter(entry -> entry.nodeId().equals(nodeId)).findFirst();
  }

  synchronized String column(String nodeId) {
    return columns.get(nodeId);
  }

  /** Moves an item; returns the column it was in. */
  synchronized String move(String nodeId, String column) {
    return columns.put(nodeId, column);
  }

  /** The column whose option id is {@code optionId}. */
  Optional<String> columnOfOption(String optionId) {
    return board.columns().stream()
        .filter(column -> Ids.option(column).equals(optionId))
        .findFirst();
  }
}
