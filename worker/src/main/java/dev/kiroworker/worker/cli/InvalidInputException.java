package dev.kiroworker.worker.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file given to a command cannot be used: it cannot be read or written, or its content is
 * invalid. The command ends with {@link ExitCode#INVALID_INPUT} and the message on stderr.
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  /** {@code headline}, then each problem on its own indented line. */
  public static InvalidInputException listing(String headline, List<?> problems) {
    StringBuilder message = new StringBuilder(headline);
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return new InvalidInputException(message.toString());
  }

  /** The {@code what} file could not be read, e.g. "cannot read the definition x.json: ...". */
  public static InvalidInputException unreadable(String what, Path file, IOException cause) {
    return new InvalidInputException(
        "cannot read the %s %s: %s; check the path and that the file is readable"
            .formatted(what, file, reason(cause)));
  }

  /** The {@code what} file could not be written. */
  public static InvalidInputException unwritable(String what, Path file, IOException cause) {
    return new InvalidInputException(
        "cannot write the %s to %s: %s; choose a path in a folder you can write to"
            .formatted(what, file, reason(cause)));
  }

  // NIO puts only the path in these exceptions' messages; say what actually went wrong.
  private static String reason(IOException cause) {
    return switch (cause) {
      case NoSuchFileException e -> "no such file or folder";
      case AccessDeniedException e -> "permission denied";
      case FileSystemException e when e.getReason() != null -> e.getReason();
      default -> String.valueOf(cause.getMessage());
    };
  }
}
