package dev.kiroworker.handlers.github;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.internal.RateLimits;
import dev.kiroworker.handlers.github.internal.RequestSender;
import dev.kiroworker.handlers.github.internal.ResponseCheck;
import dev.kiroworker.handlers.github.internal.RetryingCaller;
import dev.kiroworker.handlers.github.token.TokenProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Makes {@link GitHubClient}s. Build one per Lambda container (a handler's static field or
 * no-argument constructor) so the HTTP connections and the cached token are reused; call {@link
 * #newClient()} once per invocation so each invocation counts its own API calls.
 */
public final class GitHubClientFactory {

  private final GitHubSettings settings;
  private final TokenProvider tokens;
  private final Clock clock;
  private final Sleeper sleeper;
  private final HttpClient http;

  GitHubClientFactory(
      GitHubSettings settings,
      TokenProvider tokens,
      Clock clock,
      Sleeper sleeper,
      HttpClient http) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * The real wiring, from the function's settings: {@link GitHubSettings#from} and {@link
   * TokenProvider#from}, the system clock, real sleeps and the shared HTTP client.
   *
   * @throws PermanentException when a setting is invalid or no token is configured
   */
  public static GitHubClientFactory from(Function<String, String> settings) {
    Clock clock = Clock.systemUTC();
    return create(
        GitHubSettings.from(settings),
        TokenProvider.from(settings, clock),
        clock,
        Sleeper.system());
  }

  /** A factory with the given parts and the shared HTTP client; tests pass a recording sleeper. */
  public static GitHubClientFactory create(
      GitHubSettings settings, TokenProvider tokens, Clock clock, Sleeper sleeper) {
    return new GitHubClientFactory(settings, tokens, clock, sleeper, SharedHttpClient.INSTANCE);
  }

  /** A client with a fresh API call counter, for one invocation. */
  public GitHubClient newClient() {
    ApiCallCounter calls = new ApiCallCounter();
    RateLimits rateLimits = new RateLimits(clock);
    return new GitHubClient(
        settings,
        new RequestSender(http, settings, tokens, calls),
        new ResponseCheck(rateLimits, tokens),
        rateLimits,
        new RetryingCaller(settings, sleeper),
        calls);
  }

  public GitHubSettings settings() {
    return settings;
  }

  /** The token source, e.g. to give its token to a {@code SecretScrubber}. */
  public TokenProvider tokens() {
    return tokens;
  }

  /** The one HTTP client of the container, created on first use. */
  private static final class SharedHttpClient {

    /*
     * RequestSender follows redirects itself, so that a request carrying the token is only ever
     * redirected within the API URL. HTTP/1.1 because GitHub serves it everywhere and the calls go
     * one at a time, with nothing to gain from multiplexing.
     */
    static final HttpClient INSTANCE =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private SharedHttpClient() {}
  }
}
