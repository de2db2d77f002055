package dev.kiroworker.worker.build.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteeringTargetTest {

  @TempDir Path repo;

  @Test
  void resolve_whenANameLeavesTheSteeringFolder_refusesIt() {
    SteeringTarget target = SteeringTarget.open(repo);

    for (String name : new String[] {"../x.md", "sub/x.md", "/tmp/x.md", ".."}) {
      assertThatThrownBy(() -> target.resolve(name))
          .as(name)
          .isInstanceOf(SteeringSyncException.class)
          .hasMessageContaining("points outside .kiro/steering");
    }
  }

  @Test
  void resolve_aPlainName_staysInTheSteeringFolder() {
    assertThat(SteeringTarget.open(repo).resolve("a.md"))
        .isEqualTo(repo.resolve(".kiro/steering/a.md"));
  }
}
