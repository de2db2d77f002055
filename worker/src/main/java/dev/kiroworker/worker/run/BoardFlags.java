package dev.kiroworker.worker.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The board and repositories given as flags, each null (or empty) when not given; laid over the
 * project document's keys of the same meaning.
 */
record BoardFlags(
    String owner, String ownerType, Integer projectNumber, List<String> repositories) {

  BoardFlags {
    repositories = repositories == null ? List.of() : List.copyOf(repositories);
  }

  /** Whether the flags name a whole board without a document: owner, number and a repository. */
  boolean complete() {
    return owner != null && projectNumber != null && !repositories.isEmpty();
  }

  /** Sets the document's keys from the flags that were given. */
  void applyTo(ObjectNode document) {
    if (owner != null) {
      document.put("owner", owner);
    }
    if (ownerType != null) {
      document.put("ownerType", ownerType);
    }
    if (projectNumber != null) {
      document.put("projectNumber", projectNumber);
    }
    if (!repositories.isEmpty()) {
      ArrayNode list = document.putArray("repositories");
      repositories.forEach(list::add);
    }
  }
}
