package dev.kiroworker.handlers.github.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class TokenProviderTest {

  private static final String TOKEN =
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV01234";

  private static SecretsManagerClient noClient() {
    throw new AssertionError("no Secrets Manager client should be built");
  }

  @Test
  void from_githubToken_isUsedDirectly() {
    TokenProvider tokens =
        TokenProvider.from(
            Map.of("GITHUB_TOKEN", TOKEN)::get, Clock.systemUTC(), TokenProviderTest::noClient);

    assertThat(tokens.token().value()).isEqualTo(TOKEN);
    assertThat(tokens.source()).isEqualTo("the GITHUB_TOKEN setting");
    assertThat(tokens.toString()).doesNotContain(TOKEN);
  }

  @Test
  void from_secretArn_readsSecretsManagerOncePerTimeToLive() {
    try (SecretsManagerStub secrets = new SecretsManagerStub();
        SecretsManagerClient client = secrets.client()) {
      secrets.secretString("{\"token\":\"" + TOKEN + "\"}");
      TokenProvider tokens =
          TokenProvider.from(
              Map.of("GITHUB_TOKEN_SECRET_ARN", SecretsManagerStub.ARN)::get,
              Clock.systemUTC(),
              () -> client);

      assertThat(tokens.token().value()).isEqualTo(TOKEN);
      assertThat(tokens.token().value()).isEqualTo(TOKEN);

      assertThat(tokens).isInstanceOf(CachedTokenProvider.class);
      assertThat(secrets.requests()).isEqualTo(1);
      assertThat(tokens.source()).contains(SecretsManagerStub.ARN);
    }
  }

  @Test
  void from_githubTokenWins_overTheSecret() {
    TokenProvider tokens =
        TokenProvider.from(
            Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_TOKEN_SECRET_ARN", SecretsManagerStub.ARN)::get,
            Clock.systemUTC(),
            TokenProviderTest::noClient);

    assertThat(tokens).isInstanceOf(FixedTokenProvider.class);
  }

  @Test
  void from_nothingConfigured_saysWhatToSet() {
    assertThatThrownBy(
            () -> TokenProvider.from(Map.of("GITHUB_TOKEN", " ")::get, Clock.systemUTC()))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("set GITHUB_TOKEN_SECRET_ARN")
        .hasMessageContaining("GITHUB_TOKEN when running locally");
  }

  @Test
  void from_secretArnWithTheDefaultClient_findsRegionCredentialsAndEndpointThroughTheSdkChain() {
    // The SDK's own settings chain, fed through system properties so nothing leaves loopback.
    try (SecretsManagerStub secrets = new SecretsManagerStub()) {
      SdkSystemProperties sdk =
          new SdkSystemProperties(
              Map.of(
                  "aws.region", "eu-west-1",
                  "aws.accessKeyId", "AKIAIOSFODNN7EXAMPLE",
                  "aws.secretAccessKey", "stub-secret-key",
                  "aws.endpointUrlSecretsManager", secrets.endpoint()));
      try {
        secrets.secretString(TOKEN);
        TokenProvider tokens =
            TokenProvider.from(
                Map.of("GITHUB_TOKEN_SECRET_ARN", SecretsManagerStub.ARN)::get, Clock.systemUTC());

        assertThat(tokens.token().value()).isEqualTo(TOKEN);
        assertThat(secrets.requests()).isEqualTo(1);
      } finally {
        sdk.restore();
      }
    }
  }

  /** Sets system properties for one test and puts the old values back. */
  private static final class SdkSystemProperties {
    private final Map<String, String> previous = new java.util.HashMap<>();

    SdkSystemProperties(Map<String, String> values) {
      values.forEach(
          (name, value) -> {
            previous.put(name, System.getProperty(name));
            System.setProperty(name, value);
          });
    }

    void restore() {
      previous.forEach(
          (name, value) -> {
            if (value == null) {
              System.clearProperty(name);
            } else {
              System.setProperty(name, value);
            }
          });
    }
  }

  @Test
  void fixedProvider_invalidate_keepsTheToken() {
    TokenProvider tokens = new FixedTokenProvider(new GitHubToken(TOKEN), "test");

    tokens.invalidate();

    assertThat(tokens.token().value()).isEqualTo(TOKEN);
  }

  @Test
  void gitHubToken_isStrippedMaskedAndNeverBlank() {
    GitHubToken token = new GitHubToken("  " + TOKEN + "\n");

    assertThat(token.value()).isEqualTo(TOKEN);
    assertThat(token).hasToString("GitHubToken[***]");
    assertThat(String.valueOf(new FixedTokenProvider(token, "x"))).doesNotContain(TOKEN);
    assertThatThrownBy(() -> new GitHubToken(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GitHubToken(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
