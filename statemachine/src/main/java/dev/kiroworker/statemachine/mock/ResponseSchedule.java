package dev.kiroworker.statemachine.mock;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One named mocked response: which response each invocation of a state gets. */
record ResponseSchedule(String name, List<Entry> entries) {

  /** The response for a range of invocations. */
  record Entry(InvocationRange invocations, MockedResponse response) {}

  ResponseSchedule {
    entries =
        entries.stream()
            .sorted(Comparator.comparingInt((Entry entry) -> entry.invocations().first()))
            .toList();
  }

  Optional<MockedResponse> at(int invocation) {
    return entries.stream()
        .filter(entry -> entry.invocations().contains(invocation))
        .map(Entry::response)
        .findFirst();
  }

  /** The invocations it answers, for messages; reading guarantees they run from 0 without gaps. */
  String coverage() {
    if (entries.isEmpty()) {
      return "it defines no responses";
    }
    int last = entries.getLast().invocations().last();
    return last == 0 ? "it covers invocation 0 only" : "it covers invocations 0-" + last;
  }
}
