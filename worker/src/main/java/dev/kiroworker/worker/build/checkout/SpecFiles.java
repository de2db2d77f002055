package dev.kiroworker.worker.build.checkout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks that a clone holds every file of its spec, inside the clone and not behind a link. */
final class SpecFiles {

  private SpecFiles() {}

  /** The spec's files relative to {@code clone}, or a failure naming each missing one. */
  static List<String> verify(Path clone, String branch, String specPath) {
    Path root = realPath(clone);
    Path folder = root.resolve(specPath).normalize();
    if (!folder.startsWith(root)) {
      throw new InvalidCheckoutInputException(
          "The spec path " + specPath + " points outside the clone.");
    }
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : SpecPath.FILES) {
      String file = specPath + "/" + name;
      // A symbolic link could point anywhere on the build host, so only regular files count.
      if (Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)
          && realPath(folder).startsWith(root)) {
        present.add(file);
      } else {
        missing.add(file);
      }
    }
    if (!missing.isEmpty()) {
      throw new CheckoutFailedException(
          "The branch "
              + branch
              + " has no "
              + String.join(", ", missing)
              + "; add "
              + (missing.size() == 1 ? "it" : "them")
              + " and push.");
    }
    return List.copyOf(present);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new CheckoutFailedException("Cannot read " + path + " in the clone: " + e.getMessage());
    }
  }
}
