package dev.kiroworker.handlers;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.kiroworker.handlers.HandlerInvocation.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.config.ProjectConfig;
import dev.kiroworker.handlers.config.ProjectConfigParser;
import dev.kiroworker.handlers.discovery.DynamoDbLiveLocks;
import dev.kiroworker.handlers.discovery.WorkItemDiscovery;
import dev.kiroworker.handlers.github.GitHubClientFactory;
import dev.kiroworker.handlers.github.GitHubSettings;
import dev.kiroworker.handlers.github.token.FixedTokenProvider;
import dev.kiroworker.handlers.github.token.GitHubToken;
import dev.kiroworker.handlers.lock.DynamoDbLock;
import dev.kiroworker.handlers.lock.ExecutionArn;
import dev.kiroworker.handlers.lock.Lease;
import dev.kiroworker.handlers.lock.LockSettings;
import dev.kiroworker.handlers.lock.WorkItemId;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import dev.kiroworker.testsupport.GitHubApi;
import dev.kiroworker.testsupport.GitHubApiExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@ExtendWith({AwsEmulatorExtension.class, GitHubApiExtension.class})
class DiscoverWorkItemHandlerTest {

  private static final String RUNNING_ITEM = "PVTI_lADOBXkHcM4AqZ3xzgA109";
  private static final String PROJECT = "/orgs/octo-org/projectsV2/3";
  private static final ProjectConfig CONFIG =
      ProjectConfigParser.parse(
          """
          {"ownerType": "organization", "owner": "octo-org", "projectNumber": 3,
           "priorityField": "Priority", "repositories": ["octo-org/sample-service"]}
          """,
          "the test");

  private DynamoDbLock lock;

  @BeforeEach
  void createTable(AwsEmulators aws, DynamoDbClient dynamoDb) {
    String table = aws.uniqueName("locks");
    dynamoDb.createTable(
        request ->
            request
                .tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("lockId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("lockId")
                        .keyType(KeyType.HASH)
                        .build()));
    lock = new DynamoDbLock(dynamoDb, LockSettings.of(table), Clock.systemUTC());
  }

  @Test
  void discoverWorkItem_returnsTheNextItemAndTheInProgressItemsNobodyHolds(GitHubApi github) {
    stubBoard(github);
    lock.acquire(
        WorkItemId.of(RUNNING_ITEM),
        ExecutionArn.of("arn:aws:states:us-east-1:123456789012:execution:kiro-worker-test:run"),
        Lease.of(Duration.ofMinutes(60), Duration.ofMinutes(15)));

    JsonNode result = invoke(handler(github), "{\"executionArn\":\"arn:aws:states:x\"}");

    assertThat(result.get("found").asBoolean()).isTrue();
    assertThat(result.at("/item/projectItemId").asText()).isEqualTo("PVTI_lADOBXkHcM4AqZ3xzgA102");
    assertThat(result.at("/item/contentType").asText()).isEqualTo("PullRequest");
    assertThat(result.at("/item/branch").asText()).isEqualTo("feature/export-csv");
    assertThat(result.at("/item/specPath").asText()).isEqualTo(".kiro/specs/feature-export-csv");
    assertThat(result.get("stuckItems")).hasSize(1);
    assertThat(result.at("/stuckItems/0/projectItemId").asText())
        .isEqualTo("PVTI_lADOBXkHcM4AqZ3xzgA106");
    assertThat(result.at("/stuckItems/0/number").asInt()).isEqualTo(51);
    assertThat(result.at("/skipped/0/reason").asText()).contains("not in the allow-list");
    assertThat(result.get("apiCalls").asInt()).isEqualTo(3);
    assertThat(result.get("path").asText()).isEqualTo("rest");
  }

  @Test
  void discoverWorkItem_withoutALock_reportsBothInProgressItemsAsStuck(GitHubApi github) {
    stubBoard(github);

    JsonNode result = invoke(handler(github), "{}");

    assertThat(result.get("stuckItems")).hasSize(2);
    assertThat(result.at("/stuckItems/1/projectItemId").asText()).isEqualTo(RUNNING_ITEM);
  }

  @Test
  void discoverWorkItem_onAnEmptyBoard_findsNoWork(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/fields"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-fields.json")));
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-empty.json")));

    JsonNode result = invoke(handler(github), "{}");

    assertThat(result.get("found").asBoolean()).isFalse();
    assertThat(result.get("item").isNull()).isTrue();
    assertThat(result.get("scanned").asInt()).isZero();
  }

  private DiscoverWorkItemHandler handler(GitHubApi github) {
    GitHubClientFactory factory =
        GitHubClientFactory.create(
            GitHubSettings.defaults(URI.create(github.baseUrl())),
            new FixedTokenProvider(
                new GitHubToken("ghp_16C7e42F292c6912E7710c838347Ae178B4a"), "test"),
            Clock.systemUTC(),
            duration -> {
              throw new AssertionError("no retry expected, asked to wait " + duration);
            });
    return new DiscoverWorkItemHandler(
        () -> CONFIG,
        factory,
        new WorkItemDiscovery(new DynamoDbLiveLocks(lock), Clock.systemUTC()));
  }

  private static void stubBoard(GitHubApi github) {
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/fields"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-fields.json")));
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .withQueryParam("after", absent())
            .willReturn(
                github
                    .jsonFixture(200, "rest/projectsV2/list-items-page-1.json")
                    .withHeader(
                        "Link",
                        "<"
                            + github.baseUrl()
                            + PROJECT
                            + "/items?after=Mg&per_page=100>;"
                            + " rel=\"next\"")));
    github.stubFor(
        get(urlPathEqualTo(PROJECT + "/items"))
            .withQueryParam("after", equalTo("Mg"))
            .willReturn(github.jsonFixture(200, "rest/projectsV2/list-items-page-2.json")));
  }
}
