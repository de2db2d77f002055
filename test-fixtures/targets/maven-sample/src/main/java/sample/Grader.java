package sample;

/** Turns a score from 0 to 100 into a letter grade. */
public final class Grader {

  private Grader() {}

  public static char grade(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("not a score: " + score);
    }
    if (score >= 90) {
      return 'A';
    }
    return score >= 75 ? 'B' : 'C';
  }
}
