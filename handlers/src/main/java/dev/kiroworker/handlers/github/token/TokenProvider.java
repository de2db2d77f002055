package dev.kiroworker.handlers.github.token;

import dev.kiroworker.handlers.errors.PermanentException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Supplies the GitHub token for each request. */
public interface TokenProvider {

  /** A token set directly, for local use. */
  String TOKEN = "GITHUB_TOKEN";

  /** The ARN of the Secrets Manager secret that holds the token, in Lambda. */
  String TOKEN_SECRET_ARN = "GITHUB_TOKEN_SECRET_ARN";

  /** How long a token read from Secrets Manager is reused before it is read again. */
  Duration SECRET_CACHE_TTL = Duration.ofMinutes(15);

  /** The token; may fetch it. */
  GitHubToken token();

  /** Where the token comes from, for messages that tell the user what to fix; never the value. */
  String source();

  /** Forgets a cached token, e.g. after GitHub rejected it, so the next call reads it again. */
  default void invalidate() {}

  /**
   * {@value #TOKEN} if set, else the secret named by {@value #TOKEN_SECRET_ARN}, read through a
   * Secrets Manager client built on first use and cached for {@link #SECRET_CACHE_TTL}.
   *
   * @throws PermanentException when neither is set
   */
  static TokenProvider from(Function<String, String> settings, Clock clock) {
    return from(settings, clock, TokenProvider::defaultSecretsManager);
  }

  /** As {@link #from(Function, Clock)}, with the Secrets Manager client from {@code clients}. */
  static TokenProvider from(
      Function<String, String> settings, Clock clock, Supplier<SecretsManagerClient> clients) {
    String token = settings.apply(TOKEN);
    if (token != null && !token.isBlank()) {
      return new FixedTokenProvider(new GitHubToken(token), "the " + TOKEN + " setting");
    }
    String secretArn = settings.apply(TOKEN_SECRET_ARN);
    if (secretArn != null && !secretArn.isBlank()) {
      return new CachedTokenProvider(
          new SecretsManagerTokenProvider(clients, secretArn.strip()), clock, SECRET_CACHE_TTL);
    }
    throw new PermanentException(
        "No GitHub token configured: set "
            + TOKEN_SECRET_ARN
            + " to the ARN of the Secrets Manager secret that holds it (or "
            + TOKEN
            + " when running locally).");
  }

  private static SecretsManagerClient defaultSecretsManager() {
    // Region, credentials and any AWS_ENDPOINT_URL_SECRETS_MANAGER come from the SDK's own chain.
    return SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
  }
}
