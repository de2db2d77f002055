package sample.parsing;

import java.util.ArrayList;
import java.util.List;

public final class ScoreParser {
  public List<Integer> parse(String text) {
    List<Integer> scores = new ArrayList<>();
    for (String part : text.split(",")) {
      String trimmed = part.strip();
      if (!trimmed.isEmpty()) {
        scores.add(Integer.parseInt(trimmed));
      }
    }
    return scores;
  }

  public double average(List<Integer> scores) {
    if (scores.isEmpty()) {
      return 0;
    }
    int sum = 0;
    for (int score : scores) {
      sum += score;
    }
    return (double) sum / scores.size();
  }
}
