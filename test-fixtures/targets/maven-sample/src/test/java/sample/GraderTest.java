package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GraderTest {

  @Test
  void ninetyAndAboveIsAnA() {
    assertEquals('A', Grader.grade(90));
  }

  @Test
  void seventyFiveToEightyNineIsAB() {
    assertEquals('B', Grader.grade(80));
  }

  @Test
  void belowSeventyFiveIsAC() {
    assertEquals('C', Grader.grade(10));
  }

  @Test
  void aScoreOutsideTheRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Grader.grade(-1));
    assertThrows(IllegalArgumentException.class, () -> Grader.grade(101));
  }
}
