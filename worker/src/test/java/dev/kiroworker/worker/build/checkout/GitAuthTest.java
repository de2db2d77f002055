package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitAuthTest {

  private static final String TOKEN = "ghs_gitAuthTestToken0123456789";
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));

  @Test
  void environment_withToken_scopesTheHeaderToTheRemoteHost() {
    Map<String, String> environment = GitAuth.of(TOKEN).environment("https://github.com/o/r.git");

    assertThat(environment)
        .containsEntry("GIT_TERMINAL_PROMPT", "0")
        .containsEntry("GIT_CONFIG_COUNT", "1")
        .containsEntry("GIT_CONFIG_KEY_0", "http.https://github.com/.extraheader")
        .containsEntry("GIT_CONFIG_VALUE_0", "AUTHORIZATION: basic " + BASIC);
  }

  @Test
  void environment_withTokenForLocalRemote_usesTheGlobalHeaderKey() {
    assertThat(GitAuth.of(TOKEN).environment("/tmp/r.git"))
        .containsEntry("GIT_CONFIG_KEY_0", "http.extraheader");
  }

  @Test
  void environment_withoutToken_onlyDisablesPrompts() {
    assertThat(GitAuth.of(null).environment("https://github.com/o/r.git"))
        .containsOnlyKeys("GIT_TERMINAL_PROMPT", "GCM_INTERACTIVE");
    assertThat(GitAuth.of("  ").environment("https://github.com/o/r.git"))
        .doesNotContainKey("GIT_CONFIG_COUNT");
  }

  @Test
  void scrubber_masksTheTokenAndTheHeader() {
    SecretScrubber scrubber = GitAuth.of(TOKEN).scrubber(SecretScrubber.patternsOnly());

    assertThat(scrubber.scrub("a " + TOKEN + " b " + BASIC)).doesNotContain(TOKEN, BASIC);
    SecretScrubber base = SecretScrubber.patternsOnly();
    assertThat(GitAuth.of(null).scrubber(base)).isSameAs(base);
  }

  @Test
  void toString_neverShowsTheToken() {
    assertThat(GitAuth.of(TOKEN).toString()).isEqualTo("GitAuth[token ***]");
    assertThat(GitAuth.of(null).toString()).isEqualTo("GitAuth[none]");
  }
}
