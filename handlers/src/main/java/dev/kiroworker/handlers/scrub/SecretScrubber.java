package dev.kiroworker.handlers.scrub;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces secrets in text with {@value #MASK}: the known secret values it was given, and anything
 * shaped like a GitHub token, an AWS access key id, an {@code Authorization} header value or
 * credentials inside a URL. Every log line, PR comment and alert passes through one of these.
 */
public final class SecretScrubber {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final List<Rule> RULES =
      List.of(
          // Classic, OAuth, user-to-server, installation and refresh tokens; then fine-grained
          // PATs.
          new Rule(Pattern.compile("(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9_]{20,}"), MASK),
          new Rule(Pattern.compile("(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,}"), MASK),
          // Long-term (AKIA) and temporary (ASIA) access key ids.
          new Rule(Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"), MASK),
          // The secret access key, when it appears with its usual name.
          new Rule(
              Pattern.compile(
                  "(?i)(aws_secret_access_key[\"']?\\s*[:=]\\s*[\"']?)[A-Za-z0-9/+=]{40}"),
              "$1" + MASK),
          // Header dumps and JSON: keep the header name and scheme, hide the credential.
          new Rule(
              Pattern.compile(
                  "(?i)(authorization[\"']?\\s*[:=]\\s*[\"']?(?:bearer|token|basic)\\s+)[^\\s\"',;]+"),
              "$1" + MASK),
          // https://user:token@host and https://token@host: hide the whole user-info part.
          new Rule(
              Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@\"'<>]+@(?=[^\\s@/]+)"),
              "$1" + MASK + "@"));

  private final List<String> knownSecrets;

  private SecretScrubber(List<String> knownSecrets) {
    this.knownSecrets = knownSecrets;
  }

  /** A scrubber for the patterns alone, with no known secret values. */
  public static SecretScrubber patternsOnly() {
    return new SecretScrubber(List.of());
  }

  /**
   * A scrubber that also removes each of {@code knownSecrets} wherever it appears, however it is
   * shaped. Surrounding whitespace is dropped and blank values are ignored.
   */
  public static SecretScrubber of(Collection<String> knownSecrets) {
    return new SecretScrubber(normalize(knownSecrets.stream()));
  }

  /** A copy that removes {@code secret} too. */
  public SecretScrubber withSecret(String secret) {
    return new SecretScrubber(normalize(Stream.concat(knownSecrets.stream(), Stream.of(secret))));
  }

  /** The text with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : knownSecrets) {
      result = result.replace(secret, MASK);
    }
    for (Rule rule : RULES) {
      result = rule.apply(result);
    }
    return result;
  }

  @Override
  public String toString() {
    // The known secrets themselves must never show up here.
    return "SecretScrubber[" + knownSecrets.size() + " known secrets]";
  }

  /** Longest first, so a secret that contains another is removed whole. */
  private static List<String> normalize(Stream<String> secrets) {
    return secrets
        .filter(secret -> secret != null && !secret.isBlank())
        .map(String::strip)
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  private record Rule(Pattern pattern, String replacement) {
    String apply(String text) {
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
  }
}
