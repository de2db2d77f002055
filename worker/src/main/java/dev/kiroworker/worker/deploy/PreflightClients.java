package dev.kiroworker.worker.deploy;

import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The two AWS clients the preflight needs: STS to learn who the caller is, IAM to simulate its
 * policies.
 */
public record PreflightClients(StsClient sts, IamClient iam) implements AutoCloseable {

  /** Opens the clients for one run; {@code region} is the deployment's region, when known. */
  @FunctionalInterface
  public interface Factory {
    PreflightClients open(Optional<Region> region);
  }

  /**
   * Clients with the SDK's default credentials. IAM is a global service, reached through {@code
   * aws-global}; STS through the deployment's regional endpoint when the region is known. The SDK
   * itself honours {@code AWS_ENDPOINT_URL_IAM} and {@code AWS_ENDPOINT_URL_STS}.
   */
  public static Factory defaultFactory() {
    return region ->
        new PreflightClients(
            StsClient.builder()
                .region(region.orElse(Region.AWS_GLOBAL))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build(),
            IamClient.builder()
                .region(Region.AWS_GLOBAL)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
  }

  @Override
  public void close() {
    sts.close();
    iam.close();
  }
}
