package dev.kiroworker.statemachine.json;

/** A definite JSONPath selected nothing in the document it was applied to. */
public final class MissingPathException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  MissingPathException(String path, String detail) {
    super("No results for path " + path + ": " + detail);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
