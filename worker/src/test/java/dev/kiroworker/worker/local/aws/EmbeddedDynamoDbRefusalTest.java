package dev.kiroworker.worker.local.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * What the embedded DynamoDB refuses: operations, parameters and expression forms the lock does not
 * use get an AWS-shaped error naming them, never a silently wrong answer.
 */
class EmbeddedDynamoDbRefusalTest {

  private static final String TABLE = "refusals";
  private static EmbeddedAws aws;
  private static DynamoDbClient dynamoDb;

  @BeforeAll
  static void startWithATable() {
    aws = EmbeddedAws.start();
    dynamoDb = aws.dynamoDb();
    dynamoDb.createTable(
        request ->
            request
                .tableName(TABLE)
                .attributeDefinitions(attribute("lockId"))
                .keySchema(hashKey("lockId")));
  }

  @AfterAll
  static void stop() {
    aws.close();
  }

  @Test
  void scan_isRefusedAsAnUnknownOperationNamingIt() {
    assertThatThrownBy(() -> dynamoDb.scan(request -> request.tableName(TABLE)))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("does not support Scan")
        .hasMessageContaining("AWS_ENDPOINT_URL_DYNAMODB")
        .satisfies(e -> assertThat(code(e)).isEqualTo("UnknownOperationException"));
  }

  @Test
  void getItem_withAProjection_isRefusedNamingTheParameter() {
    assertThatThrownBy(
            () ->
                dynamoDb.getItem(
                    request ->
                        request.tableName(TABLE).key(key("a")).projectionExpression("lockId")))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("GetItem parameter(s) ProjectionExpression")
        .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationException"));
  }

  @Test
  void createTable_withASortKey_isRefused() {
    assertThatThrownBy(
            () ->
                dynamoDb.createTable(
                    request ->
                        request
                            .tableName("composite")
                            .attributeDefinitions(attribute("pk"), attribute("sk"))
                            .keySchema(
                                hashKey("pk"),
                                KeySchemaElement.builder()
                                    .attributeName("sk")
                                    .keyType(KeyType.RANGE)
                                    .build())))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("sort keys");
  }

  @Test
  void createTable_twice_isResourceInUse() {
    assertThatThrownBy(
            () ->
                dynamoDb.createTable(
                    request ->
                        request
                            .tableName(TABLE)
                            .attributeDefinitions(attribute("lockId"))
                            .keySchema(hashKey("lockId"))))
        .isInstanceOf(ResourceInUseException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "begins_with(#owner, :v)|'begins_with'",
        "#owner BETWEEN :v AND :v|'BETWEEN'",
        "#owner IN (:v)|'IN'",
        "size(#owner) > :v|'size'",
        "#owner.inner = :v|character '.'",
      })
  void conditions_beyondTheLocksGrammar_areRefusedByName(String condition, String named) {
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request
                            .tableName(TABLE)
                            .item(key("a"))
                            .conditionExpression(condition)
                            .expressionAttributeNames(Map.of("#owner", "owner"))
                            .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("x")))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("does not support")
        .hasMessageContaining(named);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(#owner = :v|expected ')'",
        "#owner = :v)|token: \")\"",
        "#owner =|ends too early",
        "#owner :v|Syntax error",
        "' '|can not be empty",
      })
  void conditions_withSyntaxErrors_areValidationErrors(String condition, String message) {
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request
                            .tableName(TABLE)
                            .item(key("a"))
                            .conditionExpression(condition)
                            .expressionAttributeNames(Map.of("#owner", "owner"))
                            .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("x")))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationException"));
  }

  @Test
  void conditions_onPlainAttributeNames_work() {
    dynamoDb.putItem(request -> request.tableName(TABLE).item(key("plain")));

    dynamoDb.deleteItem(
        request ->
            request
                .tableName(TABLE)
                .key(key("plain"))
                .conditionExpression("attribute_exists(lockId) AND lockId >= :v")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS("plain"))));

    assertThat(dynamoDb.getItem(request -> request.tableName(TABLE).key(key("plain"))).hasItem())
        .isFalse();
  }

  @Test
  void conditions_onListValues_areRefused() {
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request
                            .tableName(TABLE)
                            .item(key("a"))
                            .conditionExpression("lockId = :v")
                            .expressionAttributeValues(
                                Map.of(":v", AttributeValue.fromL(java.util.List.of())))))
        .hasMessageContaining("of type 'L'");
  }

  @Test
  void putItem_withoutTheKeyAttribute_isAValidationError() {
    assertThatThrownBy(
            () ->
                dynamoDb.putItem(
                    request ->
                        request.tableName(TABLE).item(Map.of("owner", AttributeValue.fromS("x")))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("lockId")
        .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationException"));
  }

  @Test
  void rawRequests_withoutATargetOrWithBrokenJson_getAwsShapedErrors() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      URI endpoint = aws.dynamoDbEndpoint();
      HttpResponse<String> noTarget =
          http.send(
              HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> brokenJson =
          http.send(
              HttpRequest.newBuilder(endpoint)
                  .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                  .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(noTarget.statusCode()).isEqualTo(400);
      assertThat(noTarget.body()).contains("UnknownOperationException");
      assertThat(brokenJson.statusCode()).isEqualTo(400);
      assertThat(brokenJson.body()).contains("SerializationException");
      assertThat(brokenJson.headers().firstValue("Content-Type"))
          .contains("application/x-amz-json-1.0");
    }
  }

  private static String code(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  private static Map<String, AttributeValue> key(String lockId) {
    return Map.of("lockId", AttributeValue.fromS(lockId));
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }

  private static KeySchemaElement hashKey(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }
}
