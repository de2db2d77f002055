package dev.kiroworker.handlers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiroworker.handlers.config.Settings;
import dev.kiroworker.testsupport.AwsEmulatorExtension;
import dev.kiroworker.testsupport.AwsEmulators;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(AwsEmulatorExtension.class)
class AwsClientsTest {

  @Test
  void s3_inEmulatorMode_readsBackWhatItWroteToS3rver(AwsEmulators aws) {
    String bucket = aws.uniqueName("emulated");
    try (S3Client s3 =
        AwsClients.s3(Settings.of(Map.of("KIRO_S3_EMULATOR", "true")))
            .endpointOverride(aws.s3Endpoint())
            .region(AwsEmulators.REGION)
            .credentialsProvider(aws.credentials())
            .build()) {
      s3.createBucket(request -> request.bucket(bucket));
      s3.putObject(request -> request.bucket(bucket).key("a.txt"), RequestBody.fromString("body"));

      assertThat(s3.getObjectAsBytes(request -> request.bucket(bucket).key("a.txt")).asUtf8String())
          .isEqualTo("body");
    }
  }

  @Test
  void s3_byDefault_usesVirtualHostedAddresses() {
    try (S3Client s3 = AwsClients.s3(Settings.of(Map.of())).region(AwsEmulators.REGION).build()) {
      assertThat(s3.serviceClientConfiguration().region()).isEqualTo(AwsEmulators.REGION);
      assertThat(
              s3.utilities().getUrl(request -> request.bucket("kiro-artifacts").key("k")).getHost())
          .startsWith("kiro-artifacts.");
    }
  }
}
