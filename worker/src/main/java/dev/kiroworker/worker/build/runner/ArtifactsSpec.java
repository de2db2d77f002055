package dev.kiroworker.worker.build.runner;

import java.util.Objects;
import java.util.Optional;

/** The {@code artifacts:} section: which files to keep, and the artifact's name if one is set. */
public record ArtifactsSpec(FileSelection selection, Optional<String> name) {

  public ArtifactsSpec {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(name, "name");
  }
}
