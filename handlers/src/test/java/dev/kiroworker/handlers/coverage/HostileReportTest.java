package dev.kiroworker.handlers.coverage;

import static dev.kiroworker.handlers.coverage.CoverageFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reports come from a build an AI agent just changed: nothing in them may reach the host. */
class HostileReportTest {

  private static final Duration QUICKLY = Duration.ofSeconds(10);

  private final CoverageReportReader reader = new CoverageReportReader();

  @ParameterizedTest
  @ValueSource(strings = {"hostile/xxe-external-entity.xml", "hostile/xxe-parameter-entity.xml"})
  void xxe_isRejectedWithoutReadingTheFile(String file) {
    assertThatThrownBy(() -> reader.read(fixture(file)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(file)
        .hasMessageContaining("DOCTYPE declares an internal subset")
        .message()
        .doesNotContain("root:");
  }

  @ParameterizedTest
  @EnumSource(
      value = CoverageFormat.class,
      names = {"JACOCO", "COBERTURA", "CLOVER"})
  void xxe_isRejectedEvenWhenTheFormatIsGiven(CoverageFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(fixture("hostile/xxe-external-entity.xml"))) {
      assertThatThrownBy(() -> reader.read("report.xml", in, format))
          .isInstanceOf(PermanentException.class)
          .hasMessageContaining("internal subset");
    }
  }

  @Test
  void xxe_inATestReport_isRejected() {
    assertThatThrownBy(() -> new TestReportReader().read(fixture("hostile/xxe-junit.xml")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("internal subset")
        .message()
        .doesNotContain("root:");
  }

  @Test
  void billionLaughs_isRejectedQuicklyWithoutExpandingAnything() {
    assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThatThrownBy(() -> reader.read(fixture("hostile/billion-laughs.xml")))
                .isInstanceOf(PermanentException.class)
                .hasMessageContaining("without being expanded"));
  }

  @Test
  void externalDtd_isNeverLoaded() {
    // The DOCTYPE points at /etc/passwd; loading it would fail to parse as a DTD.
    CoverageReport report = reader.read(fixture("hostile/external-dtd-not-loaded.xml"));

    assertThat(report.lines()).isEqualTo(Counter.of(8, 10));
    assertThat(report.branches()).isEqualTo(Counter.of(3, 4));
  }

  @Test
  void externalDtd_overHttp_isNeverFetched() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger requests = new AtomicInteger();
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    try {
      String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/report.dtd";
      String xml =
          "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \""
              + dtd
              + "\"><report><counter type=\"LINE\" missed=\"1\" covered=\"1\"/></report>";

      CoverageReport report = reader.read("report.xml", stream(xml));

      assertThat(report.lines()).isEqualTo(Counter.of(1, 2));
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void doctypeWithBracketsOnlyInsideItsQuotedIdentifier_isAccepted() {
    String xml = "<!DOCTYPE report SYSTEM \"http://[::1]/report.dtd\"><report/>";

    assertThat(reader.read("report.xml", stream(xml)).lines()).isEqualTo(Counter.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hostile/truncated-jacoco.xml", "hostile/truncated-junit.xml"})
  void truncatedXml_isRejectedNamingTheFileAndTheProblem(String file) {
    var thrown =
        file.contains("junit")
            ? assertThatThrownBy(() -> new TestReportReader().read(fixture(file)))
            : assertThatThrownBy(() -> reader.read(fixture(file)));

    thrown
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(file)
        .hasMessageContaining("invalid XML at line")
        .hasMessageContaining("Check that the build wrote the file completely");
  }

  @Test
  void fileOverTheLimit_isRejectedBeforeItIsRead(@TempDir Path folder) throws IOException {
    // Sparse: 50 MiB and a byte on disk in no time and no space; content all zero bytes.
    Path huge = folder.resolve("jacoco.xml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(ReportLimits.DEFAULT_MAX_BYTES + 1);
    }

    assertThatThrownBy(() -> reader.read(huge))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("larger than the 50 MiB limit, so it was not read");
    assertThatThrownBy(() -> new TestReportReader().read(huge))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("larger than the 50 MiB limit");
  }

  @Test
  void streamThatNeverEnds_isCutOffAtTheLimit() {
    // Valid JaCoCo XML for as long as anyone reads: only the limit stops it.
    InputStream endless =
        new EndlessReport("<report>", "<counter type=\"LINE\" missed=\"0\" covered=\"1\"/>");

    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            assertThatThrownBy(() -> reader.read("s3://bucket/build/jacoco.xml", endless))
                .isInstanceOf(PermanentException.class)
                .hasMessageContaining(
                    "s3://bucket/build/jacoco.xml is larger than the 50 MiB limit"));
  }

  @Test
  void streamOverAConfiguredLimit_isCutOffInEveryFormat() {
    var small = new CoverageReportReader(new ReportLimits(1024));

    assertThatThrownBy(
            () ->
                small.read(
                    "lcov.info", new EndlessReport("SF:a\n", "DA:1,1\n"), CoverageFormat.LCOV))
        .hasMessageContaining("larger than the 1,024-byte limit");
    assertThatThrownBy(
            () ->
                small.read(
                    "summary.json",
                    new EndlessReport("{\"a\": [", "1,"),
                    CoverageFormat.ISTANBUL_SUMMARY))
        .hasMessageContaining("larger than the 1,024-byte limit");
    assertThatThrownBy(
            () ->
                new TestReportReader(new ReportLimits(1024))
                    .read("TEST-a.xml", new EndlessReport("<testsuite>", "<testcase/>")))
        .hasMessageContaining("larger than the 1,024-byte limit");
  }

  @Test
  void headOverAConfiguredLimit_isCutOffDuringDetection() {
    var tiny = new CoverageReportReader(new ReportLimits(10));

    assertThatThrownBy(() -> tiny.read("jacoco.xml", stream("<report><counter/></report>")))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("larger than the 10-byte limit");
  }

  @Test
  void elementsNestedBeyondTheDepthBound_areRejected() {
    String xml =
        "<report>"
            + "<group>".repeat(SecureXml.MAX_ELEMENT_DEPTH)
            + "</group>".repeat(SecureXml.MAX_ELEMENT_DEPTH)
            + "</report>";

    assertThatThrownBy(() -> reader.read("report.xml", stream(xml)))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("maxElementDepth");
  }

  @Test
  void readFailingPartWay_isTransient() {
    InputStream dropped =
        new InputStream() {
          private int served;

          @Override
          public int read() throws IOException {
            if (served++ < 100) {
              return ' ';
            }
            throw new IOException("Connection reset");
          }
        };

    assertThatThrownBy(
            () -> reader.read("s3://bucket/build/jacoco.xml", dropped, CoverageFormat.JACOCO))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("failed part-way (Connection reset); try again");
  }

  @Test
  void missingFile_isPermanentAndSaysWhichFile(@TempDir Path folder) {
    Path absent = folder.resolve("jacoco.xml");

    assertThatThrownBy(() -> reader.read(absent))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(absent + " does not exist");
    assertThatThrownBy(() -> new TestReportReader().read(absent))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining(absent + " does not exist");
  }

  @Test
  void limitedStream_cannotBeRewoundBehindTheCount() throws IOException {
    try (var limited = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 5)) {
      assertThat(limited.markSupported()).isFalse();
      assertThat(limited.skip(3)).isEqualTo(3);
      assertThat(limited.read()).isZero();
      assertThatThrownBy(() -> limited.skip(5)).isInstanceOf(IOException.class);
    }
  }

  private static InputStream stream(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  /** A head, then a body repeated forever, produced as it is read. */
  private static final class EndlessReport extends InputStream {
    private final byte[] head;
    private final byte[] body;
    private long position;

    EndlessReport(String head, String body) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte b =
          position < head.length
              ? head[(int) position]
              : body[(int) ((position - head.length) % body.length)];
      position++;
      return b & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = (byte) read();
      }
      return length;
    }
  }
}
