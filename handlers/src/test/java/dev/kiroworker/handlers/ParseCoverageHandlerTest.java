package dev.kiroworker.handlers;

import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.coverage.ReportStore;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.HarnessSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(AwsEmulatorExtension.class)
class ParseCoverageHandlerTest {

  private static final Path SAMPLE =
      HarnessSettings.fromEnvironment()
          .repositoryRoot()
          .resolve("test-fixtures/coverage/java-sample");

  private String bucket;
  private ParseCoverageHandler handler;

  @BeforeEach
  void uploadReports(AwsEmulators aws, S3Client s3) {
    bucket = aws.uniqueName("artifacts");
    s3.createBucket(request -> request.bucket(bucket));
    for (String file :
        new String[] {
          "jacoco.xml",
          "TEST-sample.grading.GraderTest.xml",
          "TEST-sample.parsing.ScoreParserTest.xml"
        }) {
      s3.putObject(
          request -> request.bucket(bucket).key("test/kiro-build-1/reports/" + file),
          RequestBody.fromFile(SAMPLE.resolve(file)));
    }
    handler = new ParseCoverageHandler(new ReportStore(s3));
  }

  @Test
  void parseCoverage_readsTheBuildsReportsAndJudgesThem() {
    JsonNode result =
        invoke(
            handler,
            "{\"reportsLocation\":\"s3://" + bucket + "/test/kiro-build-1/\",\"threshold\":80}");

    assertThat(result.get("coverageFormat").asText()).isEqualTo("JaCoCo XML");
    assertThat(result.get("coverageReport").asText())
        .isEqualTo("s3://" + bucket + "/test/kiro-build-1/reports/jacoco.xml");
    assertThat(result.get("testReports").asInt()).isEqualTo(2);
    JsonNode gate = result.get("gate");
    assertThat(gate.get("threshold").asDouble()).isEqualTo(80.0);
    assertThat(gate.get("testsTotal").asInt()).isEqualTo(8);
    assertThat(gate.get("met").asBoolean()).isFalse();
    assertThat(gate.get("reasons").toString()).contains("failed");
  }

  @Test
  void parseCoverage_acceptsCodeBuildsArtifactArn_andDefaultsTheThreshold() {
    JsonNode result =
        invoke(handler, "{\"reportsLocation\":\"arn:aws:s3:::" + bucket + "/test/kiro-build-1\"}");

    assertThat(result.at("/gate/threshold").asDouble()).isEqualTo(80.0);
    assertThat(result.get("reportsLocation").asText()).contains(bucket);
  }

  @Test
  void parseCoverage_withoutALocation_saysWhatIsMissing() {
    assertThatThrownBy(() -> invoke(handler, "{}"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("reportsLocation");
  }
}
