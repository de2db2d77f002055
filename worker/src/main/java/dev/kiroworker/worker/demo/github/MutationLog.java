package dev.kiroworker.worker.demo.github;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The changes and unknown requests, in arrival order; requests may come from several threads. */
final class MutationLog {

  private final List<RecordedMutation> entries = new ArrayList<>();

  synchronized void record(RecordedMutation.Kind kind, String target, Map<String, String> values) {
    entries.add(new RecordedMutation(kind, target, values));
  }

  synchronized List<RecordedMutation> entries() {
    return List.copyOf(entries);
  }
}
