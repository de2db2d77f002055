package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Finds and reads a build's coverage and JUnit reports in its S3 report folder.
 *
 * <p>The coverage report is the first known name present ({@link ReportSelection#COVERAGE_NAMES},
 * nearest the prefix first); failing that, the first {@code .xml}, {@code .json}, {@code .info} or
 * {@code .lcov} file whose content is a supported format. Test reports are every {@code TEST-*.xml}
 * and {@code *junit*.xml} under the prefix. No object over the size limit is downloaded.
 */
public final class ReportStore {

  /** How many unknown-named files are opened looking for a coverage report before giving up. */
  static final int MAX_DETECTION_CANDIDATES = 20;

  private final S3Client s3;
  private final ReportLimits limits;
  private final CoverageReportReader coverageReader;
  private final TestReportReader testReader;

  /** A store reading through {@code s3} with the {@link ReportLimits#defaults() default limits}. */
  public ReportStore(S3Client s3) {
    this(s3, ReportLimits.defaults());
  }

  public ReportStore(S3Client s3, ReportLimits limits) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.coverageReader = new CoverageReportReader(limits);
    this.testReader = new TestReportReader(limits);
  }

  /**
   * Reads the reports under {@code location}.
   *
   * @throws PermanentException if there is no coverage report, a report is too large, hostile or
   *     malformed, or S3 says the bucket or object is missing or access is denied
   * @throws dev.kiroworker.handlers.errors.TransientException if S3 throttles, fails with a 5xx or
   *     cannot be reached
   */
  public BuildReports read(ReportLocation location) {
    List<S3Object> objects = list(location);
    S3Object coverageObject = findCoverageReport(location, objects);
    CoverageReport coverage = download(location, coverageObject, coverageReader::read);
    List<String> testKeys = new ArrayList<>();
    TestCounts tests = TestCounts.NONE;
    for (S3Object testReport : ReportSelection.testReports(objects)) {
      tests = tests.plus(download(location, testReport, testReader::read));
      testKeys.add(testReport.key());
    }
    return new BuildReports(location, coverageObject.key(), coverage, testKeys, tests);
  }

  private List<S3Object> list(ReportLocation location) {
    List<S3Object> objects = new ArrayList<>();
    try {
      s3.listObjectsV2Paginator(
              request -> request.bucket(location.bucket()).prefix(location.prefix()))
          .contents()
          .forEach(objects::add);
    } catch (SdkException e) {
      throw S3Failures.translate(e, "listing " + location);
    }
    return objects;
  }

  private S3Object findCoverageReport(ReportLocation location, List<S3Object> objects) {
    Optional<S3Object> named = ReportSelection.namedCoverageReport(objects);
    if (named.isPresent()) {
      return named.get();
    }
    List<S3Object> candidates = ReportSelection.detectionCandidates(objects);
    for (S3Object candidate :
        candidates.subList(0, Math.min(candidates.size(), MAX_DETECTION_CANDIDATES))) {
      String source = location.uriOf(candidate.key());
      if (FormatDetector.detect(head(location, candidate), source) instanceof Detection.Known) {
        return candidate;
      }
    }
    throw new PermanentException(
        "No coverage report under "
            + location
            + ": none of "
            + String.join(", ", ReportSelection.COVERAGE_NAMES)
            + " is there, and none of the "
            + Math.min(candidates.size(), MAX_DETECTION_CANDIDATES)
            + " other report-like files of the "
            + objects.size()
            + " objects is a supported format. Make the build write its coverage report into"
            + " that folder.");
  }

  /** The first bytes of an object, enough for format detection, fetched with a range request. */
  private byte[] head(ReportLocation location, S3Object object) {
    String range = "bytes=0-" + (FormatDetector.HEAD_BYTES - 1);
    try {
      return s3.getObjectAsBytes(
              request -> request.bucket(location.bucket()).key(object.key()).range(range))
          .asByteArray();
    } catch (SdkException e) {
      throw S3Failures.translate(e, "reading the start of " + location.uriOf(object.key()));
    }
  }

  private <T> T download(
      ReportLocation location, S3Object object, BiFunction<String, InputStream, T> reader) {
    String source = location.uriOf(object.key());
    if (object.size() != null && object.size() > limits.maxBytes()) {
      throw ReportProblem.tooLarge(source, object.size(), limits.maxBytes());
    }
    try (ResponseInputStream<GetObjectResponse> in =
        s3.getObject(request -> request.bucket(location.bucket()).key(object.key()))) {
      Long length = in.response().contentLength();
      if (length != null && length > limits.maxBytes()) {
        // Replaced by a larger object since the listing: stop before reading the body.
        in.abort();
        throw ReportProblem.tooLarge(source, length, limits.maxBytes());
      }
      return reader.apply(source, in);
    } catch (SdkException e) {
      throw S3Failures.translate(e, "reading " + source);
    } catch (IOException e) {
      throw ReportProblem.fromIo(source, e);
    }
  }
}
