package sample.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class GraderTest {
  private final Grader grader = new Grader();

  @Test
  void ninetyIsAnA() {
    assertEquals("A", grader.grade(90));
  }

  @Test
  void eightyIsAB() {
    assertEquals("B", grader.grade(80));
  }

  @Test
  void negativeScoresAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> grader.grade(-1));
  }

  @Test
  void sixtyIsAC_deliberatelyWrongExpectation() {
    assertEquals("B", grader.grade(60));
  }

  @Test
  @Disabled("grading above 100 is not decided yet")
  void aboveHundredIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> grader.grade(101));
  }
}
