package dev.kiroworker.handlers.discovery;

import java.util.List;

/**
 * The items one poll read from the board.
 *
 * @param items the items the API returned: with REST only the ready and in-progress ones (the
 *     server filters), with GraphQL every item
 * @param path {@code rest} or {@code graphql}
 * @param hasPriority whether the items carry the configured priority field's values
 */
record Board(List<BoardItem> items, String path, boolean hasPriority) {

  static final String REST = "rest";
  static final String GRAPHQL = "graphql";

  Board {
    items = List.copyOf(items);
  }
}
