package dev.kiroworker.handlers.bench;

/** The baseline of the start-up benchmark: a JVM that starts, prints and exits. */
public final class Hello {

  private Hello() {}

  public static void main(String... args) {
    System.out.println("{\"hello\":\"world\"}");
  }
}
