package dev.kiroworker.cdk.build;

import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.services.codebuild.ReportGroupType;

/**
 * A report group the buildspec's {@code reports:} section names. CodeBuild files a report for such
 * a group under {@code <project name>-<name>}, creating the group if it does not exist; the stack
 * creates it first so that it is deployed, removed and permitted like every other resource.
 *
 * @param name the key under {@code reports:}, e.g. {@code kiro-tests}
 * @param type whether the group holds test results or code coverage
 */
public record DeclaredReportGroup(String name, ReportGroupType type) {

  /** CodeBuild's {@code file-format} values and the kind of report each one is. */
  private static final Map<String, ReportGroupType> TYPE_BY_FILE_FORMAT =
      Map.ofEntries(
          Map.entry("JUNITXML", ReportGroupType.TEST),
          Map.entry("CUCUMBERJSON", ReportGroupType.TEST),
          Map.entry("TESTNGXML", ReportGroupType.TEST),
          Map.entry("NUNITXML", ReportGroupType.TEST),
          Map.entry("NUNIT3XML", ReportGroupType.TEST),
          Map.entry("VISUALSTUDIOTRX", ReportGroupType.TEST),
          Map.entry("CLOVERXML", ReportGroupType.CODE_COVERAGE),
          Map.entry("COBERTURAXML", ReportGroupType.CODE_COVERAGE),
          Map.entry("JACOCOXML", ReportGroupType.CODE_COVERAGE),
          Map.entry("SIMPLECOV", ReportGroupType.CODE_COVERAGE));

  /** CodeBuild reads a group without {@code file-format} as JUnit XML. */
  static final String DEFAULT_FILE_FORMAT = "JUNITXML";

  public DeclaredReportGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The group {@code name} declared with {@code fileFormat}.
   *
   * @throws InvalidBuildSpecException if CodeBuild knows no such file format
   */
  static DeclaredReportGroup of(String name, String fileFormat) {
    ReportGroupType type = TYPE_BY_FILE_FORMAT.get(fileFormat);
    if (type == null) {
      throw new InvalidBuildSpecException(
          "Report group '"
              + name
              + "' has file-format '"
              + fileFormat
              + "', which CodeBuild does not know; use one of "
              + TYPE_BY_FILE_FORMAT.keySet().stream().sorted().toList()
              + ".");
    }
    return new DeclaredReportGroup(name, type);
  }

  /** The group's name in CodeBuild: the project's name, a hyphen, the buildspec's name. */
  public String qualifiedName(String projectName) {
    return projectName + "-" + name;
  }
}
