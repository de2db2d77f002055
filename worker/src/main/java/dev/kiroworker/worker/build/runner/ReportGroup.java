package dev.kiroworker.worker.build.runner;

import java.util.Objects;

/** A {@code reports:} group: its name (or ARN), its files and their format. */
public record ReportGroup(String name, FileSelection selection, String fileFormat) {

  public ReportGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(fileFormat, "fileFormat");
  }
}
