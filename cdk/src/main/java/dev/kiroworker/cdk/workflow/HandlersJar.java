package dev.kiroworker.cdk.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import software.amazon.awscdk.services.lambda.Code;

/**
 * The shaded jar every handler function runs, and the classes in it, so that a function whose
 * handler class is missing fails synthesis instead of its first invocation.
 */
public final class HandlersJar {

  private final Path path;
  private final Set<String> classNames;
  private final Code code;

  private HandlersJar(Path path, Set<String> classNames) {
    this.path = path;
    this.classNames = classNames;
    // One asset for all functions: the CDK uploads the jar once per stack.
    this.code = Code.fromAsset(path.toString());
  }

  /** Reads the jar's table of contents. */
  public static HandlersJar open(Path path) {
    try (ZipFile jar = new ZipFile(path.toFile())) {
      Set<String> classNames =
          jar.stream()
              .map(ZipEntry::getName)
              .filter(name -> name.endsWith(".class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toUnmodifiableSet());
      return new HandlersJar(path, classNames);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the handlers jar " + path, e);
    }
  }

  /** The jar as Lambda code. */
  public Code code() {
    return code;
  }

  /**
   * Checks that the jar holds {@code className}.
   *
   * @throws IllegalStateException naming the class and the jar otherwise
   */
  public void requireClass(String className) {
    if (!classNames.contains(className)) {
      throw new IllegalStateException(
          "The handlers jar "
              + path
              + " has no class "
              + className
              + ", which the workflow calls. Rebuild it (`mvn -q -DskipTests install` at the"
              + " repository root) or check the handler's name in work-item.asl.json.");
    }
  }
}
