package dev.kiroworker.worker.build.runner;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the source folder of each build ({@code CODEBUILD_SRC_DIR}): CodeBuild starts every build
 * in a fresh container with a fresh copy of the source, so the local adapter does too.
 */
@FunctionalInterface
public interface SourceFolders {

  /** A new folder, prepared for the build {@code buildNumber} of {@code projectName}. */
  Path create(String projectName, long buildNumber) throws IOException;
}
