package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckoutValuesTest {

  @Test
  void request_toString_masksTheToken() {
    CheckoutRequest request =
        CheckoutRequest.of("https://github.com/o/r.git", "feature/x", Path.of("/w"))
            .withToken("ghs_secretValue123");

    assertThat(request.toString()).doesNotContain("ghs_secretValue123").contains("token=***");
    assertThat(request.specPath()).isEqualTo(".kiro/specs/feature-x");
    assertThat(request.withToken(null).toString()).contains("token=none");
  }

  @Test
  void settings_refuseABadEmailOrTimeout() {
    assertThatThrownBy(() -> new CheckoutSettings("not an email", Duration.ofMinutes(1), false))
        .hasMessageContaining("name@host");
    assertThatThrownBy(() -> new CheckoutSettings("a@b.c", Duration.ZERO, false))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> new CheckoutSettings("a@b.c", Duration.ofSeconds(-1), false))
        .hasMessageContaining("must be positive");
  }

  @Test
  void settings_defaults_refuseLocalRemotesUntilAllowed() {
    assertThat(CheckoutSettings.defaults().allowLocalRemote()).isFalse();
    assertThat(CheckoutSettings.defaults().withLocalRemotes().allowLocalRemote()).isTrue();
  }
}
