package dev.kiroworker.worker.demo.github;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository's branches and the files on each, changeable so a demo can break a spec. */
final class BranchFiles {

  private final Map<String, Map<String, String>> branches = new LinkedHashMap<>();

  BranchFiles(List<DemoWorld.Branch> initial) {
    initial.forEach(branch -> branches.put(branch.name(), new LinkedHashMap<>(branch.files())));
  }

  synchronized boolean exists(String branch) {
    return branches.containsKey(branch);
  }

  /** The branch's head commit id, derived from its files. */
  synchronized String head(String branch) {
    return Ids.commit(branch, branches.get(branch));
  }

  synchronized Optional<String> file(String branch, String path) {
    return Optional.ofNullable(branches.getOrDefault(branch, Map.of()).get(path));
  }

  /** Whether {@code path} is a folder on {@code branch}: some file lies below it. */
  synchronized boolean isFolder(String branch, String path) {
    String prefix = path.endsWith("/") ? path : path + "/";
    return branches.getOrDefault(branch, Map.of()).keySet().stream()
        .anyMatch(file -> file.startsWith(prefix));
  }

  synchronized void put(String branch, String path, String content) {
    branches.computeIfAbsent(branch, name -> new LinkedHashMap<>()).put(path, content);
  }

  /** Removes a file; returns whether it was there. */
  synchronized boolean delete(String branch, String path) {
    return branches.getOrDefault(branch, new LinkedHashMap<>()).remove(path) != null;
  }
}
