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
    Path folder = root.resolve(specPath);
    // A symbolic link (the spec folder or a parent) could point anywhere on the build host, so the
    // folder must really be inside the clone and only regular files count.
    boolean inside =
        Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && realPath(folder).startsWith(root);
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : SpecPath.FILES) {
      String file = specPath + "/" + name;
      if (inside && Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
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
