package dev.kiroworker.handlers.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.handlers.errors.PermanentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Report locations from build output are checked before any S3 request. */
class ReportLocationTest {

  @Test
  void parse_splitsBucketAndPrefix() {
    ReportLocation location = ReportLocation.parse("s3://kiro-artifacts/test/build-1/");

    assertThat(location.bucket()).isEqualTo("kiro-artifacts");
    assertThat(location.prefix()).isEqualTo("test/build-1/");
    assertThat(location).hasToString("s3://kiro-artifacts/test/build-1/");
    assertThat(location.uriOf("test/build-1/jacoco.xml"))
        .isEqualTo("s3://kiro-artifacts/test/build-1/jacoco.xml");
  }

  @Test
  void parse_withoutTheFinalSlash_addsItSoSiblingFoldersDoNotMatch() {
    assertThat(ReportLocation.parse("s3://kiro-artifacts/test/build-1").prefix())
        .isEqualTo("test/build-1/");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://kiro-artifacts/build/           | it does not start with s3://
          s3://kiro-artifacts                     | names a bucket but no folder
          s3://kiro-artifacts/                    | the prefix is empty
          s3:///build/                            | the bucket name must be 3 to 63 characters
          s3://ab/build/                          | the bucket name must be 3 to 63 characters
          s3://Kiro-Artifacts/build/              | may hold only lower-case letters
          s3://-kiro/build/                       | must begin and end with a letter or digit
          s3://kiro_artifacts/build/              | may hold only lower-case letters
          s3://kiro..artifacts/build/             | must not contain two dots in a row
          s3://192.168.5.4/build/                 | must not look like an IP address
          s3://xn--kiro/build/                    | uses a prefix or suffix S3 reserves
          s3://sthree-kiro/build/                 | uses a prefix or suffix S3 reserves
          s3://kiro-s3alias/build/                | uses a prefix or suffix S3 reserves
          s3://kiro--x-s3/build/                  | uses a prefix or suffix S3 reserves
          s3://kiro-artifacts//etc/               | must not start with /
          s3://kiro-artifacts/test/../prod/       | must not contain empty, '.' or '..' segments
          s3://kiro-artifacts/test/./build/       | must not contain empty, '.' or '..' segments
          s3://kiro-artifacts/test//build/        | must not contain empty, '.' or '..' segments
          s3://kiro-artifacts/..                  | must not contain empty, '.' or '..' segments
          """)
  void parse_invalidLocation_isPermanentAndSaysWhatIsWrong(String uri, String problem) {
    assertThatThrownBy(() -> ReportLocation.parse(uri))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("Invalid report location '")
        .hasMessageContaining(problem)
        .hasMessageContaining("s3://bucket/folder/");
  }

  @Test
  void constructor_rejectsAPrefixWithoutTheFinalSlash() {
    assertThatThrownBy(() -> new ReportLocation("kiro-artifacts", "build"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("the prefix must end with /");
  }

  @Test
  void constructor_rejectsControlCharacters() {
    assertThatThrownBy(() -> new ReportLocation("kiro-artifacts", "build\n1/"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("must not contain control characters")
        .message()
        .doesNotContain("\n1/");
  }

  @Test
  void constructor_rejectsAPrefixLongerThanAKey() {
    assertThatThrownBy(() -> new ReportLocation("kiro-artifacts", "a".repeat(1024) + "/"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("longer than S3's 1024-byte key limit");
  }

  @Test
  void constructor_acceptsDotsAndHyphensInBucketNames() {
    assertThat(new ReportLocation("my.kiro-artifacts.1", "a/b/").bucket())
        .isEqualTo("my.kiro-artifacts.1");
  }
}
