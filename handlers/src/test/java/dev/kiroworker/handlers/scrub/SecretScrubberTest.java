package dev.kiroworker.handlers.scrub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretScrubberTest {

  private final SecretScrubber scrubber = SecretScrubber.patternsOnly();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "classic token|token ghp_16C7e42F292c6912E7710c838347Ae178B4a rejected|token *** rejected",
        "OAuth token|gho_16C7e42F292c6912E7710c838347Ae178B4a|***",
        "user-to-server token|(ghu_16C7e42F292c6912E7710c838347Ae178B4a)|(***)",
        "installation token|GH_TOKEN=ghs_16C7e42F292c6912E7710c838347Ae178B4a;|GH_TOKEN=***;",
        "refresh token|\"ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498\"|\"***\"",
        "fine-grained token|github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV01234 end|*** end",
        "long-term access key id|aws_access_key_id = AKIAIOSFODNN7EXAMPLE|aws_access_key_id = ***",
        "temporary access key id|AccessKeyId: ASIAY34FZKBOKMUTVV7A,|AccessKeyId: ***,",
        "secret access key|aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|aws_secret_access_key=***",
        "bearer header|Authorization: Bearer abc.def.ghi|Authorization: Bearer ***",
        "token header in JSON|{\"authorization\": \"token s3cr3t-value\"}|{\"authorization\": \"token ***\"}",
        "basic header|authorization=Basic dXNlcjpwYXNz|authorization=Basic ***",
        "credentials in a clone URL|fatal: could not read from https://x-access-token:s3cr3t@github.com/octo-org/app.git|fatal: could not read from https://***@github.com/octo-org/app.git",
        "user only in a URL|git fetch https://someone@github.example.com/o/r|git fetch https://***@github.example.com/o/r",
      })
  void scrub_removesTheSecretShapes(String what, String text, String expected) {
    assertThat(scrubber.scrub(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a branch name|feature/ghp_login-page",
        "a word that starts like a key|AKIAISTOOSHORT and the BAKIAIOSFODNN7EXAMPLEX",
        "a URL without credentials|https://github.com/octo-org/app/pull/42",
        "an e-mail address|octocat@github.com",
        "a commit hash|4f1c2e9a7b3d5f60812a9c4e6b0d2f7a1c3e5b79",
        "the word authorization|authorization failed for the request",
      })
  void scrub_leavesOrdinaryTextAlone(String what, String text) {
    assertThat(scrubber.scrub(text)).isEqualTo(text);
  }

  @Test
  void scrub_knownSecrets_anyShape_longestFirst() {
    SecretScrubber known =
        SecretScrubber.of(Arrays.asList("hunter2", "hunter2-extended", " ", null));

    assertThat(known.scrub("password hunter2-extended, then hunter2."))
        .isEqualTo("password ***, then ***.");
  }

  @Test
  void withSecret_addsToTheKnownSecrets() {
    SecretScrubber known =
        SecretScrubber.of(List.of("first-secret")).withSecret(" second-secret\n");

    assertThat(known.scrub("first-secret and second-secret")).isEqualTo("*** and ***");
    assertThat(known.toString())
        .isEqualTo("SecretScrubber[2 known secrets]")
        .doesNotContain("first");
  }

  @Test
  void scrub_realisticLogLine_leavesNothingBehind() {
    String token = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
    String log =
        "DEBUG > GET /repos/octo-org/app HTTP/1.1\n"
            + "> Authorization: Bearer "
            + token
            + "\n> User-Agent: kiro-worker\n"
            + "git push https://x-access-token:"
            + token
            + "@github.com/octo-org/app.git HEAD:feature/login\n"
            + "env AWS_ACCESS_KEY_ID=ASIAY34FZKBOKMUTVV7A";

    String scrubbed = SecretScrubber.of(List.of(token)).scrub(log);

    assertThat(scrubbed)
        .doesNotContain(token)
        .doesNotContain("ASIAY34FZKBOKMUTVV7A")
        .contains("Authorization: Bearer ***")
        .contains("https://***@github.com/octo-org/app.git HEAD:feature/login")
        .contains("User-Agent: kiro-worker");
  }

  @Test
  void scrub_nullAndEmpty_passThrough() {
    assertThat(scrubber.scrub(null)).isNull();
    assertThat(scrubber.scrub("")).isEmpty();
  }
}
