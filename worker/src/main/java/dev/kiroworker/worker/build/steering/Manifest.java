package dev.kiroworker.worker.build.steering;

import java.util.Map;
import java.util.TreeMap;

/** The pack's {@code manifest.json}: its version and the SHA-256 of every file it ships. */
record Manifest(String version, Map<String, FileHash> files) {

  static final String FILE_NAME = "manifest.json";

  Manifest {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version is missing");
    }
    if (files == null || files.isEmpty()) {
      throw new IllegalArgumentException("files is missing or empty");
    }
    files = new TreeMap<>(files);
  }
}
