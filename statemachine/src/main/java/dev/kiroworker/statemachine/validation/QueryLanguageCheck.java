package dev.kiroworker.statemachine.validation;

import java.util.Optional;

/**
 * Reads a QueryLanguage field: JSONPath is what the local engine runs; JSONata, valid on AWS, is
 * reported as not supported yet.
 */
final class QueryLanguageCheck {

  private QueryLanguageCheck() {}

  /** Whether {@code owner} declares JSONata; reports that and any value that is no language. */
  static boolean declaresJsonata(ObjectFields owner) {
    Optional<String> language = owner.string("QueryLanguage");
    if (language.isEmpty() || language.get().equals("JSONPath")) {
      return false;
    }
    if (language.get().equals("JSONata")) {
      owner.report(
          "QueryLanguage",
          "JSONata is not supported yet by the local engine; use JSONPath (remove QueryLanguage"
              + " or set it to \"JSONPath\")");
      return true;
    }
    owner.report(
        "QueryLanguage", "must be \"JSONPath\" or \"JSONata\", got \"" + language.get() + "\"");
    return false;
  }
}
