package dev.kiroworker.handlers.spec;

/** Where a spec lives once its inputs passed the checks: repository, branch and spec folder. */
record SpecFiles(RepositoryName repository, String branch, String specPath) {

  /** The path of spec file {@code file} inside the repository. */
  String path(String file) {
    return specPath + "/" + file;
  }

  /** GitHub's {@code <branch>:<path>} expression for spec file {@code file}. */
  String expression(String file) {
    return branch + ":" + path(file);
  }
}
