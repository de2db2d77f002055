package dev.kiroworker.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

  private static final Path FILE = Path.of("in.json");

  @Test
  void listing_putsEachProblemOnItsOwnIndentedLine() {
    InvalidInputException e =
        InvalidInputException.listing("in.json is invalid:", List.of("a", "b"));

    assertThat(e).hasMessage("in.json is invalid:\n  a\n  b");
  }

  @Test
  void unreadable_missingFile_saysSoAndHowToFixIt() {
    InvalidInputException e =
        InvalidInputException.unreadable("input", FILE, new NoSuchFileException("in.json"));

    assertThat(e)
        .hasMessage(
            "cannot read the input in.json: no such file or folder;"
                + " check the path and that the file is readable");
  }

  @Test
  void unreadable_withoutPermission_saysPermissionDenied() {
    InvalidInputException e =
        InvalidInputException.unreadable("input", FILE, new AccessDeniedException("in.json"));

    assertThat(e.getMessage()).contains("in.json: permission denied");
  }

  @Test
  void unwritable_fileSystemProblem_givesTheSystemsReason() {
    FileSystemException cause = new FileSystemException("h/x.json", null, "Not a directory");

    InvalidInputException e = InvalidInputException.unwritable("history", FILE, cause);

    assertThat(e)
        .hasMessage(
            "cannot write the history to in.json: Not a directory;"
                + " choose a path in a folder you can write to");
  }

  @Test
  void unreadable_otherProblem_givesTheExceptionsMessage() {
    InvalidInputException withoutReason =
        InvalidInputException.unreadable("input", FILE, new FileSystemException("in.json"));
    InvalidInputException plain =
        InvalidInputException.unreadable("input", FILE, new IOException("Is a directory"));

    assertThat(withoutReason.getMessage()).contains("in.json: in.json;");
    assertThat(plain.getMessage()).contains("in.json: Is a directory;");
  }
}
