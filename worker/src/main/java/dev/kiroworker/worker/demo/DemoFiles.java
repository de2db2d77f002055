package dev.kiroworker.worker.demo;

import dev.kiroworker.worker.local.BundledFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The files the demo's build needs, packed into the jar under {@code demo/} by worker/pom.xml (the
 * node sample, the fake agent and the repository's {@code buildspec.yml}) and extracted to the
 * demo's folder, so the demo runs from the jar alone.
 *
 * @param sample the extracted node sample project
 * @param agent the extracted fake agent, executable
 * @param buildspec the extracted buildspec
 */
public record DemoFiles(Path sample, Path agent, Path buildspec) {

  /** The node sample's files; a jar cannot list a folder, so they are named here. */
  static final List<String> SAMPLE_FILES =
      List.of("package.json", "src/grade.js", "test/grade.test.js");

  /** Extracts the files into {@code folder}. */
  public static DemoFiles extract(Path folder) {
    Path sample = folder.resolve("node-sample");
    for (String file : SAMPLE_FILES) {
      BundledFile.extract("node-sample/" + file, sample.resolve(file));
    }
    Path agent = BundledFile.extract("fake-agent.sh", folder.resolve("bin/fake-agent.sh"));
    if (!agent.toFile().setExecutable(true)) {
      throw new IllegalStateException("Cannot make " + agent + " executable");
    }
    return new DemoFiles(sample, agent, BundledFile.buildspec(folder.resolve("buildspec.yml")));
  }
}
