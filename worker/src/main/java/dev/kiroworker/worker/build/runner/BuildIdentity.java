package dev.kiroworker.worker.build.runner;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a local build is: its project, its id ({@code project:uuid}, as CodeBuild forms it), its
 * number and an ARN in CodeBuild's form with a placeholder account, since there is no AWS account.
 */
record BuildIdentity(String projectName, String uuid, long buildNumber, String region) {

  /** The account placed in local ARNs. */
  static final String LOCAL_ACCOUNT = "000000000000";

  /** CodeBuild's rule for project names. */
  static final Pattern PROJECT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_]{1,254}");

  BuildIdentity {
    Objects.requireNonNull(projectName, "projectName");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(region, "region");
  }

  String id() {
    return projectName + ":" + uuid;
  }

  String arn() {
    return "arn:aws:codebuild:" + region + ":" + LOCAL_ACCOUNT + ":build/" + id();
  }
}
