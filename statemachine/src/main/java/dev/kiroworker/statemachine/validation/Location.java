package dev.kiroworker.statemachine.validation;

/**
 * Where something is in a definition, written from the root: {@code
 * /States/A/Retry[0]/ErrorEquals}.
 *
 * @param path the segments after the root; empty for the root itself
 */
record Location(String path) {

  static final Location ROOT = new Location("");

  /** The location of field {@code name} inside this one. */
  Location field(String name) {
    return new Location(path + "/" + name);
  }

  /** The location of element {@code index} of the array at this location. */
  Location index(int index) {
    return new Location(path + "[" + index + "]");
  }

  @Override
  public String toString() {
    return path.isEmpty() ? "/" : path;
  }
}
