package dev.kiroworker.testsupport;

import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Gives test methods and constructors {@link AwsEmulators}, {@link DynamoDbClient} or {@link
 * S3Client} parameters backed by emulators on loopback.
 *
 * <p>The emulators start when a test first asks for one and stop when the whole test run ends
 * (JUnit closes the root store's {@link AutoCloseable} values), so a module pays their start-up
 * once.
 */
public final class AwsEmulatorExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AwsEmulatorExtension.class);
  private static final Set<Class<?>> RESOLVED =
      Set.of(AwsEmulators.class, DynamoDbClient.class, S3Client.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return RESOLVED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    AwsEmulators emulators = emulators(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == DynamoDbClient.class) {
      return emulators.dynamoDb();
    }
    if (type == S3Client.class) {
      return emulators.s3();
    }
    return emulators;
  }

  /** The run's emulators, started on first use. */
  public static AwsEmulators emulators(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            AwsEmulators.class,
            key -> AwsEmulators.start(HarnessSettings.fromEnvironment()),
            AwsEmulators.class);
  }
}
