package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonProblemTest {

  @Test
  void describe_aReadFailureThatIsNotAboutJson_givesTheException() {
    assertThat(JsonProblem.describe(new IOException("disk on fire")))
        .isEqualTo("java.io.IOException: disk on fire");
  }
}
