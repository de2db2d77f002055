package dev.kiroworker.worker.build.steering;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One steering file of the pack: its name inside {@code .kiro/steering/}, its SHA-256 and its
 * bytes. Names are plain Markdown file names, so no entry can point outside the steering folder.
 */
public record PackFile(String name, String sha256, byte[] content) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");

  public PackFile {
    Objects.requireNonNull(content, "content");
    if (!isValidName(name)) {
      throw new IllegalArgumentException("invalid steering file name " + name);
    }
    new FileHash(sha256);
    content = content.clone();
  }

  /** Whether {@code name} is a plain {@code .md} file name with no folder part. */
  static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** A copy of the file's bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  // Arrays compare by identity in a record's generated methods; two files are equal by content.
  @Override
  public boolean equals(Object other) {
    return other instanceof PackFile file
        && name.equals(file.name)
        && sha256.equals(file.sha256)
        && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, sha256, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "PackFile[" + name + ", sha256=" + sha256 + "]";
  }
}
