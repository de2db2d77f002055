package dev.kiroworker.worker.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file packed into the kiro-worker jar under {@code demo/} by worker/pom.xml (the repository's
 * {@code buildspec.yml}, the node sample, the fake agent), so local runs need the jar alone.
 */
public final class BundledFile {

  private static final String ROOT = "/demo/";

  private BundledFile() {}

  /** The repository's buildspec, copied to {@code target}. */
  public static Path buildspec(Path target) {
    return extract("buildspec.yml", target);
  }

  /**
   * Copies {@code demo/<resource>} to {@code target}, creating its folder.
   *
   * @return {@code target}
   */
  public static Path extract(String resource, Path target) {
    try (InputStream in = BundledFile.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException(
            ROOT + resource + " is missing from the class path; build the worker jar with Maven");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot extract " + resource + " to " + target, e);
    }
  }
}
