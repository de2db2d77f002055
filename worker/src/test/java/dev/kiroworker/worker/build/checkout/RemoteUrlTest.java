package dev.kiroworker.worker.build.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RemoteUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://github.com/o/r.git", "https://ghe.example.com:8443/o/r"})
  void check_acceptsHttps(String remote) {
    assertThat(RemoteUrl.check(remote, false)).isEqualTo(remote);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tmp/remote.git", "file:///tmp/remote.git"})
  void check_acceptsLocalRemotesOnlyWhenAllowed(String remote) {
    assertThat(RemoteUrl.check(remote, true)).isEqualTo(remote);
    assertThatThrownBy(() -> RemoteUrl.check(remote, false))
        .isInstanceOf(InvalidCheckoutInputException.class)
        .hasMessage("The remote URL is not accepted: use https.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:secret@github.com/o/r.git",
        "https://token@github.com/o/r.git",
        "file://user:secret@host/x"
      })
  void check_refusesCredentialsWithoutEchoingThem(String remote) {
    assertThatThrownBy(() -> RemoteUrl.check(remote, true))
        .hasMessage(
            "The remote URL is not accepted: it holds credentials; give the token separately,"
                + " never in the URL.")
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ssh://github.com/o/r.git",
        "http://github.com/o/r.git",
        "https:relative",
        "https://github.com/o/r.git?x=1",
        "-uhostile",
        "relative/path"
      })
  void check_refusesOtherSchemes(String remote) {
    assertThatThrownBy(() -> RemoteUrl.check(remote, true))
        .hasMessage("The remote URL is not accepted: use https, a file: URL or an absolute path.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://github.com/o r", "https://github.com/o\nr", "ext::sh -c x"})
  void check_refusesSpacesAndControlCharacters(String remote) {
    assertThatThrownBy(() -> RemoteUrl.check(remote, true))
        .hasMessageContaining("spaces or control characters");
  }

  @Test
  void check_refusesEmptyNullAndUnparsable() {
    assertThatThrownBy(() -> RemoteUrl.check("", false)).hasMessageContaining("give an https URL");
    assertThatThrownBy(() -> RemoteUrl.check(null, false))
        .hasMessageContaining("give an https URL");
    assertThatThrownBy(() -> RemoteUrl.check("x".repeat(2001), false))
        .hasMessageContaining("give an https URL");
    assertThatThrownBy(() -> RemoteUrl.check("https://github.com/%zz", false))
        .hasMessageContaining("not a valid URL");
  }

  @Test
  void httpsOrigin_namesSchemeHostAndPort() {
    assertThat(RemoteUrl.httpsOrigin("https://github.com/o/r.git")).contains("https://github.com/");
    assertThat(RemoteUrl.httpsOrigin("https://ghe.example.com:8443/o/r"))
        .contains("https://ghe.example.com:8443/");
    assertThat(RemoteUrl.httpsOrigin("/tmp/r.git")).isEmpty();
  }
}
