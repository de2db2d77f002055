package sample.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreParserTest {
  private final ScoreParser parser = new ScoreParser();

  @Test
  void splitsOnCommas() {
    assertEquals(List.of(1, 2, 3), parser.parse("1, 2,3"));
  }

  @Test
  void averageOfSeveralScores() {
    assertEquals(3.0, parser.average(List.of(2, 4)));
  }

  @Test
  void textThatIsNotANumber_throwsOutsideAnAssertion() {
    parser.parse("1,x");
  }
}
