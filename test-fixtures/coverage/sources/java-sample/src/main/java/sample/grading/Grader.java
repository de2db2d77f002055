package sample.grading;

public final class Grader {
  public String grade(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of range: " + score);
    }
    if (score >= 90) {
      return "A";
    }
    if (score >= 75) {
      return "B";
    }
    return score >= 50 ? "C" : "F";
  }
}
