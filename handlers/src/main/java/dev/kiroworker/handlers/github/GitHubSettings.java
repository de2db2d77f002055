package dev.kiroworker.handlers.github;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.scrub.SecretScrubber;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How the GitHub client reaches GitHub and how long it keeps trying.
 *
 * @param apiUrl the REST API root: {@code https://api.github.com}, or {@code https://HOST/api/v3}
 *     for GitHub Enterprise Server; no trailing slash
 * @param requestTimeout how long one HTTP request may take before it is abandoned and retried
 * @param maxAttempts how many times one call is sent at most, the first attempt included
 * @param initialBackoff the first wait after a server error; it doubles on each further attempt
 * @param maxTotalWait how long one call may spend waiting between attempts in total, rate-limit
 *     waits included; a call that would have to wait longer gives up with a {@code
 *     TransientException} so the workflow retries later instead
 * @param userAgent the {@code User-Agent} GitHub asks every client to send
 */
public record GitHubSettings(
    URI apiUrl,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxTotalWait,
    String userAgent) {

  public static final String API_URL = "GITHUB_API_URL";
  public static final String REQUEST_TIMEOUT_SECONDS = "GITHUB_REQUEST_TIMEOUT_SECONDS";
  public static final String MAX_ATTEMPTS = "GITHUB_MAX_ATTEMPTS";
  public static final String MAX_RETRY_WAIT_SECONDS = "GITHUB_MAX_RETRY_WAIT_SECONDS";

  public static final URI DEFAULT_API_URL = URI.create("https://api.github.com");
  public static final String DEFAULT_USER_AGENT = "kiro-worker";
  private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final int DEFAULT_MAX_ATTEMPTS = 5;
  private static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
  private static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofSeconds(60);
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final String ENTERPRISE_REST_PATH = "/api/v3";

  public GitHubSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
    apiUrl = URI.create(stripTrailingSlashes(apiUrl.toString()));
    checkApiUrl(apiUrl);
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(initialBackoff, "initialBackoff");
    if (maxTotalWait == null || maxTotalWait.isNegative()) {
      throw new IllegalArgumentException("maxTotalWait must be zero or more, was " + maxTotalWait);
    }
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be 1 to 20, was " + maxAttempts);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException(
          "userAgent must not be blank: GitHub rejects requests without one");
    }
  }

  /** The defaults, against {@code apiUrl}. */
  public static GitHubSettings defaults(URI apiUrl) {
    return new GitHubSettings(
        apiUrl,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_ATTEMPTS,
        DEFAULT_INITIAL_BACKOFF,
        DEFAULT_MAX_TOTAL_WAIT,
        DEFAULT_USER_AGENT);
  }

  /**
   * Reads {@value #API_URL}, {@value #REQUEST_TIMEOUT_SECONDS}, {@value #MAX_ATTEMPTS} and {@value
   * #MAX_RETRY_WAIT_SECONDS} from {@code settings}, defaulting what is unset.
   *
   * @throws PermanentException naming the setting when a value is invalid
   */
  public static GitHubSettings from(Function<String, String> settings) {
    try {
      String url = settings.apply(API_URL);
      GitHubSettings defaults = defaults(isBlank(url) ? DEFAULT_API_URL : URI.create(url.strip()));
      return new GitHubSettings(
          defaults.apiUrl(),
          seconds(settings, REQUEST_TIMEOUT_SECONDS, defaults.requestTimeout()),
          whole(settings, MAX_ATTEMPTS, defaults.maxAttempts()),
          defaults.initialBackoff(),
          seconds(settings, MAX_RETRY_WAIT_SECONDS, defaults.maxTotalWait()),
          defaults.userAgent());
    } catch (IllegalArgumentException e) {
      // No cause, and scrubbed: a mistyped URL may carry credentials, and messages get logged.
      throw new PermanentException(
          "Invalid GitHub setting: " + SecretScrubber.patternsOnly().scrub(e.getMessage()));
    }
  }

  /** A copy with other retry timings: tests use tiny ones so nothing really sleeps. */
  public GitHubSettings withRetryTimings(
      Duration requestTimeout, Duration initialBackoff, Duration maxTotalWait) {
    return new GitHubSettings(
        apiUrl, requestTimeout, maxAttempts, initialBackoff, maxTotalWait, userAgent);
  }

  /**
   * The GraphQL endpoint: {@code <api>/graphql} on github.com, but {@code https://HOST/api/graphql}
   * on GitHub Enterprise Server, whose REST root is {@code https://HOST/api/v3}.
   */
  public URI graphQlUrl() {
    String api = apiUrl.toString();
    if (api.endsWith(ENTERPRISE_REST_PATH)) {
      return URI.create(
          api.substring(0, api.length() - ENTERPRISE_REST_PATH.length()) + "/api/graphql");
    }
    return URI.create(api + "/graphql");
  }

  private static void checkApiUrl(URI url) {
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          API_URL
              + " must be scheme, host, port and path only, without credentials, query or"
              + " fragment");
    }
    String scheme = url.getScheme();
    if (url.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new IllegalArgumentException(
          API_URL + " must be an absolute https URL such as " + DEFAULT_API_URL + ", was " + url);
    }
    if ("http".equals(scheme) && !LOOPBACK_HOSTS.contains(url.getHost())) {
      throw new IllegalArgumentException(
          API_URL
              + " must use https outside this machine (the token travels in every request), was "
              + url);
    }
  }

  private static Duration seconds(
      Function<String, String> settings, String name, Duration fallback) {
    String value = settings.apply(name);
    return isBlank(value) ? fallback : Duration.ofSeconds(number(name, value));
  }

  private static int whole(Function<String, String> settings, String name, int fallback) {
    String value = settings.apply(name);
    // Out-of-range values are clamped here and rejected, with the value, by the constructor.
    return isBlank(value)
        ? fallback
        : Math.clamp(number(name, value), Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
    }
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be more than zero, was " + duration);
    }
  }

  private static String stripTrailingSlashes(String url) {
    String result = url;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
