package dev.kiroworker.statemachine.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which timestamps AWS accepts, and the instants they denote. */
class AwsTimestampTest {

  @Test
  void parse_utcTimestamp_givesTheInstant() {
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00Z"))
        .contains(Instant.parse("2016-03-14T01:59:00Z"));
  }

  @Test
  void parse_numericOffset_isConvertedToTheInstant() {
    assertThat(AwsTimestamp.parse("2016-03-14T03:59:00+02:00"))
        .contains(Instant.parse("2016-03-14T01:59:00Z"));
    assertThat(AwsTimestamp.parse("2016-03-13T23:59:00-02:00"))
        .contains(Instant.parse("2016-03-14T01:59:00Z"));
  }

  @Test
  void parse_keepsFractionalSecondsUpToNanoseconds() {
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00.123456789Z"))
        .contains(Instant.parse("2016-03-14T01:59:00.123456789Z"));
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00.1234567891Z")).isEmpty();
  }

  @Test
  void parse_refusesWhatAwsRefuses() {
    assertThat(AwsTimestamp.parse("2016-03-14t01:59:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14 01:59:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14T01:59Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14T01:59:00+0200")).isEmpty();
    assertThat(AwsTimestamp.parse(" 2016-03-14T01:59:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse(null)).isEmpty();
  }

  @Test
  void parse_refusesDatesAndTimesThatDoNotExist() {
    assertThat(AwsTimestamp.parse("2015-02-29T00:00:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-02-29T00:00:00Z")).isPresent();
    assertThat(AwsTimestamp.parse("2016-03-14T24:00:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-13-01T00:00:00Z")).isEmpty();
    assertThat(AwsTimestamp.parse("2016-03-14T00:00:00+19:00")).isEmpty();
  }
}
