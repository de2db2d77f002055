package dev.kiroworker.handlers.github.token;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import dev.kiroworker.handlers.json.JsonMapper;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Reads the token from an AWS Secrets Manager secret on every call (wrap it in a {@link
 * CachedTokenProvider}). The secret holds the raw token, or JSON {@code {"token": "..."}}.
 */
public final class SecretsManagerTokenProvider implements TokenProvider {

  private static final String TOKEN_FIELD = "token";

  private final Supplier<SecretsManagerClient> clients;
  private final String secretArn;
  private SecretsManagerClient client;

  /**
   * @param clients builds the client on first use, so a container that never needs the token never
   *     pays for one
   * @param secretArn the secret's ARN (or name)
   */
  public SecretsManagerTokenProvider(Supplier<SecretsManagerClient> clients, String secretArn) {
    this.clients = Objects.requireNonNull(clients, "clients");
    if (secretArn == null || secretArn.isBlank()) {
      throw new IllegalArgumentException("the secret ARN must not be blank");
    }
    this.secretArn = secretArn;
  }

  @Override
  public synchronized GitHubToken token() {
    if (client == null) {
      client = clients.get();
    }
    return parse(fetch().secretString());
  }

  @Override
  public String source() {
    return "the Secrets Manager secret " + secretArn + " (" + TOKEN_SECRET_ARN + ")";
  }

  @Override
  public String toString() {
    return "SecretsManagerTokenProvider[" + secretArn + "]";
  }

  private GetSecretValueResponse fetch() {
    try {
      return client.getSecretValue(request -> request.secretId(secretArn));
    } catch (ResourceNotFoundException e) {
      throw new PermanentException(
          "The secret "
              + secretArn
              + " does not exist, or has no current value; check "
              + TOKEN_SECRET_ARN
              + ".",
          e);
    } catch (SecretsManagerException e) {
      if (e.isThrottlingException() || e.statusCode() >= 500) {
        throw new TransientException(
            "Secrets Manager could not read " + secretArn + " now: " + errorOf(e), e);
      }
      throw new PermanentException(
          "Secrets Manager refused to read "
              + secretArn
              + ": "
              + errorOf(e)
              + ". The function's role needs secretsmanager:GetSecretValue on the secret"
              + " (and kms:Decrypt on its key, if it has a customer managed one).",
          e);
    } catch (SdkClientException e) {
      throw new TransientException("Could not reach Secrets Manager to read " + secretArn, e);
    }
  }

  private GitHubToken parse(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new PermanentException(
          "The secret "
              + secretArn
              + " is empty (or binary); store the GitHub token in it as a string, or as"
              + " {\"token\": \"...\"}.");
    }
    String value = secret.strip();
    return new GitHubToken(value.startsWith("{") ? tokenField(value) : value);
  }

  private String tokenField(String json) {
    JsonNode tree;
    try {
      tree = JsonMapper.shared().readTree(json);
    } catch (JsonProcessingException e) {
      // No cause attached: a parser message may quote the text, and the text is the secret.
      throw new PermanentException(
          "The secret "
              + secretArn
              + " starts with '{' but is not valid JSON; store the raw"
              + " token, or {\"token\": \"...\"}.");
    }
    JsonNode token = tree.path(TOKEN_FIELD);
    if (!token.isTextual() || token.asText().isBlank()) {
      throw new PermanentException(
          "The secret "
              + secretArn
              + " is JSON without a non-empty \"token\" field; store {\"token\": \"...\"} or"
              + " the raw token.");
    }
    return token.asText();
  }

  private static String errorOf(SecretsManagerException e) {
    return e.awsErrorDetails() == null
        ? e.getMessage()
        : e.awsErrorDetails().errorCode() + " " + e.awsErrorDetails().errorMessage();
  }
}
