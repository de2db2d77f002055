package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a build's reports are in S3: a bucket and a folder-like key prefix ending in {@code /}.
 *
 * <p>The location comes from build output, so it is checked before any request: the bucket against
 * S3's naming rules, the prefix for relative segments, empty segments and control characters. An
 * empty prefix (the whole bucket) is refused so one build's reports are never mixed with another's.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix, ending in {@code /}, with no leading {@code /}
 */
public record ReportLocation(String bucket, String prefix) {

  private static final String SCHEME = "s3://";
  private static final int MAX_KEY_BYTES = 1024;
  private static final Pattern BUCKET_CHARACTERS = Pattern.compile("[a-z0-9][a-z0-9.-]*[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
  private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
  private static final List<String> RESERVED_SUFFIXES =
      List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

  public ReportLocation {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    String bucketProblem = bucketProblem(bucket);
    if (bucketProblem != null) {
      throw invalid(SCHEME + bucket + "/" + prefix, "the bucket name " + bucketProblem);
    }
    String prefixProblem = prefixProblem(prefix);
    if (prefixProblem != null) {
      throw invalid(SCHEME + bucket + "/" + prefix, "the prefix " + prefixProblem);
    }
  }

  /**
   * Parses {@code s3://bucket/prefix/}; a prefix without its final {@code /} gets one, so {@code
   * build-1} never matches {@code build-10/}.
   *
   * @throws PermanentException if the text is not a valid report location
   */
  public static ReportLocation parse(String uri) {
    Objects.requireNonNull(uri, "uri");
    if (!uri.startsWith(SCHEME)) {
      throw invalid(uri, "it does not start with " + SCHEME);
    }
    String rest = uri.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw invalid(uri, "it names a bucket but no folder in it");
    }
    String prefix = rest.substring(slash + 1);
    return new ReportLocation(
        rest.substring(0, slash), prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
  }

  /** The s3:// URI of an object under this location's bucket, for messages. */
  public String uriOf(String key) {
    return SCHEME + bucket + "/" + key;
  }

  @Override
  public String toString() {
    return SCHEME + bucket + "/" + prefix;
  }

  private static String bucketProblem(String bucket) {
    if (bucket.length() < 3 || bucket.length() > 63) {
      return "must be 3 to 63 characters long";
    }
    if (!BUCKET_CHARACTERS.matcher(bucket).matches()) {
      return "may hold only lower-case letters, digits, dots and hyphens, and must begin and end"
          + " with a letter or digit";
    }
    if (bucket.contains("..")) {
      return "must not contain two dots in a row";
    }
    if (IP_ADDRESS.matcher(bucket).matches()) {
      return "must not look like an IP address";
    }
    if (RESERVED_PREFIXES.stream().anyMatch(bucket::startsWith)
        || RESERVED_SUFFIXES.stream().anyMatch(bucket::endsWith)) {
      return "uses a prefix or suffix S3 reserves";
    }
    return null;
  }

  private static String prefixProblem(String prefix) {
    if (prefix.isEmpty()) {
      return "is empty; name the build's folder (s3://bucket/folder/) so other builds' reports"
          + " are not read";
    }
    if (!prefix.endsWith("/")) {
      return "must end with /";
    }
    if (prefix.startsWith("/")) {
      return "must not start with /";
    }
    if (prefix.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
      return "is longer than S3's " + MAX_KEY_BYTES + "-byte key limit";
    }
    if (prefix.chars().anyMatch(Character::isISOControl)) {
      return "must not contain control characters";
    }
    for (String segment : prefix.substring(0, prefix.length() - 1).split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "must not contain empty, '.' or '..' segments";
      }
    }
    return null;
  }

  private static PermanentException invalid(String uri, String problem) {
    return new PermanentException(
        "Invalid report location '"
            + Excerpt.of(uri, 200)
            + "': "
            + problem
            + ". Give the build's report folder as s3://bucket/folder/.");
  }
}
