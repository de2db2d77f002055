package dev.kiroworker.handlers;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.spec.GitHubStandIn;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(GitHubApiExtension.class)
class ValidateSpecHandlerTest {

  static String event(String name) throws IOException {
    try (InputStream in =
        ValidateSpecHandlerTest.class.getResourceAsStream("/pullrequest/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void validateSpec_answersTheVerdictInTheWorkflowsFieldNames(GitHubApi github) throws IOException {
    github.stubFor(
        post(urlEqualTo("/graphql"))
            .willReturn(github.jsonFixture(200, "graphql/SpecBranch/valid.json")));
    var handler = new ValidateSpecHandler(GitHubStandIn.factory(github), GitHubStandIn::config);

    JsonNode verdict = invoke(handler, event("validate-spec"));

    assertThat(verdict.get("valid").asBoolean()).isTrue();
    assertThat(verdict.get("problems")).isEmpty();
    assertThat(verdict.at("/pullRequest/number").asInt()).isEqualTo(42);
    assertThat(verdict.at("/pullRequest/headSha").asText()).startsWith("4f1c2e9a");
    assertThat(verdict.at("/tasks/open").asInt()).isEqualTo(2);
    assertThat(verdict.at("/tasks/done").asInt()).isEqualTo(1);
    assertThat(verdict.get("apiCalls").asInt()).isEqualTo(1);
  }

  @Test
  void validateSpec_withAnEventOfTheWrongShape_failsPermanently(GitHubApi github) {
    var handler = new ValidateSpecHandler(GitHubStandIn.factory(github), GitHubStandIn::config);

    assertThatThrownBy(() -> invoke(handler, "{\"branch\": {\"name\": \"x\"}}"))
        .isInstanceOf(PermanentException.class)
        .hasMessageContaining("SpecRequest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "\"text\"", "42"})
  void validateSpec_withAnEventThatIsNotAnObject_failsPermanentlyAndSaysSo(
      String event, GitHubApi github) {
    var handler = new ValidateSpecHandler(GitHubStandIn.factory(github), GitHubStandIn::config);

    assertThatThrownBy(() -> invoke(handler, event))
        .isInstanceOf(PermanentException.class)
        .hasMessageStartingWith("The event must be a JSON object that fits SpecRequest, not ");
  }
}
