package dev.kiroworker.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.coverage.BuildReports;
import dev.kiroworker.handlers.coverage.QualityGate;
import dev.kiroworker.handlers.coverage.QualityGateResult;
import dev.kiroworker.handlers.coverage.ReportLocation;
import dev.kiroworker.handlers.coverage.ReportStore;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.lambda.AwsClients;
import dev.kiroworker.handlers.lambda.JsonStreamHandler;

/**
 * The ParseCoverage state: reads the build's coverage and JUnit reports from S3 and judges them
 * against the threshold. A gate not met is a result ({@code met: false} with the reasons) for the
 * MeetsQualityGate choice, not an error.
 */
public final class ParseCoverageHandler extends JsonStreamHandler {

  private static final String S3_ARN = "arn:aws:s3:::";

  /**
   * The state's input.
   *
   * @param reportsLocation where the build put its reports: {@code s3://bucket/prefix/} or the
   *     {@code arn:aws:s3:::bucket/prefix} form CodeBuild reports as {@code Artifacts.Location}
   * @param threshold the coverage percentage to reach; 80 when absent
   */
  record Request(String reportsLocation, Double threshold) {}

  /** The state's result: the gate's verdict plus what was read. */
  record Response(
      String reportsLocation,
      String coverageFormat,
      String coverageReport,
      int testReports,
      QualityGateResult gate) {}

  private final ReportStore reports;

  /** For the Lambda runtime. */
  public ParseCoverageHandler() {
    this(new ReportStore(AwsClients.s3()));
  }

  ParseCoverageHandler(ReportStore reports) {
    this.reports = reports;
  }

  @Override
  protected Response handle(JsonNode event) {
    Request request = bind(event, Request.class);
    if (request.reportsLocation() == null) {
      throw new PermanentException(
          "The event has no reportsLocation; pass the build's artifact location"
              + " (s3://bucket/prefix/).");
    }
    ReportLocation location = ReportLocation.parse(s3Uri(request.reportsLocation()));
    QualityGate gate =
        request.threshold() == null
            ? QualityGate.withDefaultThreshold()
            : new QualityGate(request.threshold());
    BuildReports found = reports.read(location);
    return new Response(
        location.toString(),
        found.coverage().format().displayName(),
        location.uriOf(found.coverageKey()),
        found.testReportKeys().size(),
        gate.evaluate(found.coverage(), found.tests()));
  }

  private static String s3Uri(String location) {
    return location.startsWith(S3_ARN) ? "s3://" + location.substring(S3_ARN.length()) : location;
  }
}
