package dev.kiroworker.handlers.github.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The real Secrets Manager client against a protocol-faithful stub on loopback. */
class SecretsManagerTokenProviderTest {

  private static final String TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";

  private static SecretsManagerStub secrets;
  private static SecretsManagerClient client;

  @BeforeAll
  static void start() {
    secrets = new SecretsManagerStub();
    client = secrets.client();
  }

  @AfterAll
  static void stop() {
    client.close();
    secrets.stop();
  }

  @BeforeEach
  void reset() {
    secrets.reset();
  }

  private static SecretsManagerTokenProvider provider() {
    return new SecretsManagerTokenProvider(() -> client, SecretsManagerStub.ARN);
  }

  @Test
  void token_rawSecretString_isTheToken() {
    secrets.secretString(TOKEN + "\n");

    assertThat(provider().token().value()).isEqualTo(TOKEN);
    assertThat(secrets.requests()).isEqualTo(1);
  }

  @Test
  void token_jsonSecretString_readsItsTokenField() {
    secrets.secretString("{\"token\": \"" + TOKEN + "\", \"note\": \"rotated monthly\"}");

    assertThat(provider().token().value()).isEqualTo(TOKEN);
  }

  @Test
  void token_emptySecret_namesTheArnButNoValue() {
    secrets.secretString("   ");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("The secret " + SecretsManagerStub.ARN + " is empty");
  }

  @Test
  void token_jsonWithoutTokenField_saysWhatToStore() {
    secrets.secretString("{\"github\": \"" + TOKEN + "\"}");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("is JSON without a non-empty \"token\" field")
        .message()
        .doesNotContain(TOKEN);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"{\"token\": 42}", "{\"token\": \" \"}", "{\"token\": null}"})
  void token_jsonWithAnUnusableTokenField_isPermanent(String secret) {
    secrets.secretString(secret);

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("without a non-empty \"token\" field");
  }

  @Test
  void token_brokenJson_neitherMessageNorCauseQuotesTheSecret() {
    secrets.secretString("{\"token\": \"" + TOKEN + "\"");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("is not valid JSON")
        .hasNoCause()
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void token_missingSecret_isPermanentNamingTheSetting() {
    secrets.error(
        400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(SecretsManagerStub.ARN + " does not exist")
        .hasMessageContaining("GITHUB_TOKEN_SECRET_ARN");
  }

  @Test
  void token_accessDenied_namesThePermissionNeeded() {
    secrets.error(
        400,
        "AccessDeniedException",
        "User: arn:aws:sts::123456789012:assumed-role/kiro-worker-discover/fn is not authorized to"
            + " perform: secretsmanager:GetSecretValue");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("AccessDeniedException")
        .hasMessageContaining("needs secretsmanager:GetSecretValue on the secret");
  }

  @Test
  void token_serviceError_isTransient() {
    secrets.error(500, "InternalServiceError", "An error occurred on the server side.");

    assertThatThrownBy(() -> provider().token())
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("InternalServiceError");
  }

  @Test
  void token_throttled_isTransient() {
    secrets.error(400, "ThrottlingException", "Rate exceeded");

    assertThatThrownBy(() -> provider().token()).isInstanceOf(TransientException.class);
  }

  @Test
  void token_unreachable_isTransient() {
    SecretsManagerStub gone = new SecretsManagerStub();
    SecretsManagerClient unreachable = gone.client();
    gone.stop();

    assertThatThrownBy(
            () ->
                new SecretsManagerTokenProvider(() -> unreachable, SecretsManagerStub.ARN).token())
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("Could not reach Secrets Manager");
    unreachable.close();
  }

  @Test
  void client_isBuiltOnFirstUseOnly() {
    secrets.secretString(TOKEN);
    AtomicInteger built = new AtomicInteger();
    var provider =
        new SecretsManagerTokenProvider(
            () -> {
              built.incrementAndGet();
              return client;
            },
            SecretsManagerStub.ARN);
    assertThat(built).hasValue(0);

    provider.token();
    provider.token();

    assertThat(built).hasValue(1);
  }

  @Test
  void sourceAndToString_nameTheSecretNotItsValue() {
    assertThat(provider().source())
        .isEqualTo(
            "the Secrets Manager secret " + SecretsManagerStub.ARN + " (GITHUB_TOKEN_SECRET_ARN)");
    assertThat(provider().toString()).contains(SecretsManagerStub.ARN);
  }

  @Test
  void blankArn_isRejected() {
    assertThatThrownBy(() -> new SecretsManagerTokenProvider(() -> client, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
