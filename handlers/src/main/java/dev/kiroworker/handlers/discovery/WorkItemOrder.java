package dev.kiroworker.handlers.discovery;

import java.util.Comparator;

/**
 * The order ready items run in: by the priority field, lowest first and unset last, when the board
 * reports it; then oldest first; the item id breaks ties so every poll picks the same item.
 */
final class WorkItemOrder {

  private static final Comparator<BoardItem> OLDEST_FIRST =
      Comparator.comparing(BoardItem::createdAt).thenComparing(BoardItem::projectItemId);

  private static final Comparator<BoardItem> BY_PRIORITY =
      Comparator.comparing(
              BoardItem::priority, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
          .thenComparing(OLDEST_FIRST);

  private WorkItemOrder() {}

  static Comparator<BoardItem> of(boolean byPriority) {
    return byPriority ? BY_PRIORITY : OLDEST_FIRST;
  }
}
