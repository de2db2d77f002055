package dev.kiroworker.handlers.github.internal;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.github.token.TokenProvider;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Decides what a GitHub answer means: usable (2xx, or 404 for the caller to handle), worth another
 * attempt (5xx, rate limits), or an error no retry will fix, with a message that says what to fix.
 */
public final class ResponseCheck {

  private static final Set<Integer> RETRYABLE_SERVER_ERRORS = Set.of(500, 502, 503, 504);
  private static final String SCOPES_NEEDED =
      "A classic token needs the 'repo' and 'project' scopes ('read:project' is enough where the"
          + " board is only read); a fine-grained token or GitHub App needs read and write access"
          + " to Contents, Issues and Pull requests on the repository and to Projects on the"
          + " board's owner.";

  private final RateLimits rateLimits;
  private final TokenProvider tokens;

  public ResponseCheck(RateLimits rateLimits, TokenProvider tokens) {
    this.rateLimits = rateLimits;
    this.tokens = tokens;
  }

  /**
   * Returns when {@code response} is 2xx or 404; otherwise throws.
   *
   * @throws RetryableFailure for 500, 502, 503, 504 and rate limits
   * @throws PermanentException for everything else
   */
  public void requireUsable(ApiRequest request, HttpResponse<String> response) {
    int status = response.statusCode();
    if ((status >= 200 && status < 300) || status == 404) {
      return;
    }
    String message = ErrorBody.describe(response.body());
    String answer = status + (message.isEmpty() ? "" : " " + message);
    if (RETRYABLE_SERVER_ERRORS.contains(status)) {
      throw RetryableFailure.unavailable(
          "GitHub answered " + answer + " to " + request.description(), null);
    }
    var rateLimit =
        rateLimits.ofHttpAnswer(request.description(), status, response.headers(), message);
    if (rateLimit.isPresent()) {
      throw rateLimit.get();
    }
    throw new PermanentException(explain(request, response, answer));
  }

  private String explain(ApiRequest request, HttpResponse<String> response, String answer) {
    String refused = "GitHub refused " + request.description() + " (" + answer + ")";
    return switch (response.statusCode()) {
      case 401 -> {
        // A rotated secret may be behind this: drop the cached token so the next run rereads it.
        tokens.invalidate();
        yield refused + ": the GitHub token is invalid or expired; update " + tokens.source() + ".";
      }
      case 403 -> refused + ": the token lacks a permission. " + SCOPES_NEEDED + scopes(response);
      case 422 -> refused + ": GitHub found the request invalid.";
      default -> refused + ".";
    };
  }

  /** Classic tokens report what they have and what the endpoint accepts; name both. */
  private static String scopes(HttpResponse<String> response) {
    var granted = response.headers().firstValue("x-oauth-scopes");
    var accepted = response.headers().firstValue("x-accepted-oauth-scopes");
    if (granted.isEmpty() && accepted.isEmpty()) {
      return "";
    }
    return " The token has scopes ["
        + granted.orElse("")
        + "]; this endpoint accepts ["
        + accepted.orElse("")
        + "].";
  }
}
