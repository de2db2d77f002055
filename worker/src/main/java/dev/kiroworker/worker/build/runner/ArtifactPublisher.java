package dev.kiroworker.worker.build.runner;

import java.nio.file.Path;

/**
 * Where a local build's artifacts end up, as the {@code Artifacts.Location} consumers read. The
 * default leaves them in the output folder and gives its {@code file:} URI; local mode can plug in
 * one that uploads the folder to an S3 emulator and returns an {@code arn:aws:s3:::} location.
 */
@FunctionalInterface
public interface ArtifactPublisher {

  /** Publishes {@code result}'s artifacts folder and returns its location. */
  String publish(LocalBuildResult result);

  /** Leaves the artifacts where they are: the location is the folder's {@code file:} URI. */
  static ArtifactPublisher localFolder() {
    return result -> folderUri(result.artifactsDirectory());
  }

  private static String folderUri(Path folder) {
    return folder.toUri().toString();
  }
}
