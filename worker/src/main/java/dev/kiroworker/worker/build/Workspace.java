package dev.kiroworker.worker.build;

import java.nio.file.Path;

/**
 * Where the work item's branch is cloned: {@code KIRO_WORKSPACE}, else {@code workspace} under
 * CodeBuild's source folder, else under the working directory. Every step after checkout works in
 * this folder.
 */
public final class Workspace {

  private Workspace() {}

  /** The clone's folder for {@code variables}, absolute and normalised. */
  public static Path from(BuildVariables variables) {
    Path folder =
        variables
            .optional(BuildVariables.WORKSPACE)
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(variables.orDefault(BuildVariables.CODEBUILD_SRC_DIR, "."))
                        .resolve("workspace"));
    return folder.toAbsolutePath().normalize();
  }
}
