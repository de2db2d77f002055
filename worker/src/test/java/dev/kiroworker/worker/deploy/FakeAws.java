package dev.kiroworker.worker.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kiroworker.worker.KiroWorker;
import dev.kiroworker.worker.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * STS and IAM on loopback: one WireMock server answering both Query APIs (every request is a form
 * POST to {@code /} whose {@code Action} names the operation), and the real SDK clients pointed at
 * it with dummy credentials. There is no IAM emulator; the responses are AWS's documented shapes
 * ({@link AwsQueryResponses}).
 */
final class FakeAws implements AutoCloseable {

  static final String ACCOUNT = "123456789012";

  private final WireMockServer server;

  private FakeAws(WireMockServer server) {
    this.server = server;
  }

  static FakeAws start() {
    WireMockServer server =
        new WireMockServer(
            options().bindAddress("127.0.0.1").dynamicPort().notifier(new ConsoleNotifier(false)));
    server.start();
    return new FakeAws(server);
  }

  void reset() {
    server.resetAll();
  }

  /** A request to {@code /} whose form carries {@code Action=<action>}. */
  static MappingBuilder action(String action) {
    return post(urlEqualTo("/")).withFormParam("Action", equalTo(action));
  }

  static RequestPatternBuilder requested(String action) {
    return postRequestedFor(urlEqualTo("/")).withFormParam("Action", equalTo(action));
  }

  void callerIs(String arn) {
    server.stubFor(
        action("GetCallerIdentity")
            .willReturn(xml(200, AwsQueryResponses.callerIdentity(ACCOUNT, arn))));
  }

  void stub(MappingBuilder mapping) {
    server.stubFor(mapping);
  }

  static ResponseDefinitionBuilder xml(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
  }

  void verify(int count, RequestPatternBuilder request) {
    server.verify(count, request);
  }

  List<LoggedRequest> requests(RequestPatternBuilder request) {
    return server.findAll(request);
  }

  int requestCount() {
    return server.getAllServeEvents().size();
  }

  /** Clients for this server, as the command's factory opens them. */
  PreflightClients.Factory clients() {
    URI endpoint = URI.create("http://127.0.0.1:" + server.port());
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKEFAKEFAKE", "fake"));
    return region ->
        new PreflightClients(
            StsClient.builder()
                .region(region.orElse(Region.AWS_GLOBAL))
                .endpointOverride(endpoint)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build(),
            IamClient.builder()
                .region(Region.AWS_GLOBAL)
                .endpointOverride(endpoint)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build());
  }

  /** Runs {@code deploy <args>} against this server, as kiro-worker would. */
  Run run(String... args) {
    return runWith(clients(), args);
  }

  /** Runs {@code deploy <args>} with {@code clients}. */
  static Run runWith(PreflightClients.Factory clients, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            new ByteArrayInputStream(new byte[0]));
    CommandLine command = DeployCommand.commandLine(console, clients);
    command.setErr(new PrintWriter(console.err(), true));
    command.setExecutionExceptionHandler(KiroWorker::invalidInput);
    int exitCode = command.execute(args);
    return new Run(exitCode, out.toString(UTF_8), err.toString(UTF_8));
  }

  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
