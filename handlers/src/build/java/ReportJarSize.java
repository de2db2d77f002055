import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Prints the Lambda jar's size and entry count at build time, so growth is seen in every build. */
public final class ReportJarSize {

  private ReportJarSize() {}

  public static void main(String... args) throws IOException {
    Path jar = Path.of(args[0]);
    long bytes = Files.size(jar);
    int entries;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      entries = zip.size();
    }
    System.out.printf(
        "Lambda jar %s: %,d bytes (%.1f MiB), %,d entries%n",
        jar.getFileName(), bytes, bytes / 1048576.0, entries);
  }
}
