package dev.kiroworker.worker.build.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the empty folder the push is staged in; injected so tests can see it removed. */
@FunctionalInterface
public interface ScratchFolder {

  /** A new, empty folder only this process has used. */
  Path create() throws IOException;

  /** The real one: a new folder in the system's temporary folder, readable by its owner only. */
  static ScratchFolder system() {
    return () -> Files.createTempDirectory("kiro-publish-");
  }
}
