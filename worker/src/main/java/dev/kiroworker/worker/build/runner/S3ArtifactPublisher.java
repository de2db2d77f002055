package dev.kiroworker.worker.build.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uploads a finished local build's artifacts folder to S3 (or an S3 emulator) the way CodeBuild
 * does: under the buildspec's expanded {@code artifacts.name} ({@code <environment>/<build id>} for
 * kiro-worker's buildspec), answering CodeBuild's {@code arn:aws:s3:::<bucket>/<name>} location,
 * which the ParseCoverage state reads.
 */
public final class S3ArtifactPublisher implements ArtifactPublisher {

  private static final String S3_ARN = "arn:aws:s3:::";

  private final S3Client s3;
  private final String bucket;

  /**
   * @param s3 the client to upload with; an emulator needs path-style addresses and plain bodies
   * @param bucket the artifacts bucket, which must exist
   */
  public S3ArtifactPublisher(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  @Override
  public String publish(LocalBuildResult result) {
    // A buildspec without artifacts.name: CodeBuild names the artifact after the build.
    String name = result.artifactName().orElse(result.buildId());
    for (Path file : files(result.artifactsDirectory())) {
      String key = name + "/" + relativeKey(result.artifactsDirectory(), file);
      s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromFile(file));
    }
    return S3_ARN + bucket + "/" + name;
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the build's artifacts in " + folder, e);
    }
  }

  private static String relativeKey(Path folder, Path file) {
    // S3 keys use '/' whatever the local separator is.
    return folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/");
  }
}
