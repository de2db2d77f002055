package dev.kiroworker.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A WireMock server on loopback standing in for the GitHub API. Code under test reaches it through
 * its {@code GITHUB_API_URL} setting set to {@link #baseUrl()}; responses come from the documented
 * shapes kept under {@code test-fixtures/github/}.
 */
public final class GitHubApi implements AutoCloseable {

  private final WireMockServer server;
  private final Path fixtures;

  private GitHubApi(WireMockServer server, Path fixtures) {
    this.server = server;
    this.fixtures = fixtures;
  }

  /** Starts a server on a free loopback port. */
  public static GitHubApi start(HarnessSettings settings) {
    WireMockServer server =
        new WireMockServer(
            options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .notifier(new ConsoleNotifier(false))
                .usingFilesUnderDirectory(settings.gitHubFixtures().toString()));
    server.start();
    return new GitHubApi(server, settings.gitHubFixtures().toAbsolutePath().normalize());
  }

  /** The value for {@code GITHUB_API_URL}: scheme, host and port, without a trailing slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The GraphQL endpoint, as GitHub places it under the API URL. */
  public String graphQlUrl() {
    return baseUrl() + "/graphql";
  }

  public StubMapping stubFor(MappingBuilder mapping) {
    return server.stubFor(mapping);
  }

  public void verify(RequestPatternBuilder request) {
    server.verify(request);
  }

  public void verify(int count, RequestPatternBuilder request) {
    server.verify(count, request);
  }

  /** The server itself, for anything the shortcuts here do not cover. */
  public WireMockServer server() {
    return server;
  }

  /**
   * A JSON response with GitHub's content type whose body is the fixture at {@code relativePath}
   * under {@code test-fixtures/github/}.
   */
  public ResponseDefinitionBuilder jsonFixture(int status, String relativePath) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(fixture(relativePath));
  }

  /** The text of a fixture under {@code test-fixtures/github/}. */
  public String fixture(String relativePath) {
    Path file = fixtures.resolve(relativePath).normalize();
    if (!file.startsWith(fixtures)) {
      throw new IllegalArgumentException(
          "fixture path '" + relativePath + "' leaves " + fixtures + "; use a path inside it");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no GitHub fixture at " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GitHub fixture " + file, e);
    }
  }

  /** Forgets every stub and recorded request, so each test starts from an empty server. */
  public void reset() {
    server.resetAll();
  }

  boolean isRunning() {
    return server.isRunning();
  }

  @Override
  public void close() {
    server.stop();
  }
}
