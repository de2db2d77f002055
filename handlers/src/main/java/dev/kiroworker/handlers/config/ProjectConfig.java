package dev.kiroworker.handlers.config;

import dev.kiroworker.handlers.errors.PermanentException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project document from SSM Parameter Store: which board to read, its column names, the
 * coverage threshold and which repositories may be worked on.
 *
 * @param ownerType who owns the board: an organization or a user
 * @param priorityField a number field to order ready items by (lowest first), or null to order by
 *     item creation time
 * @param repositories {@code owner/name} of every repository kiro-worker may change
 */
public record ProjectConfig(
    OwnerType ownerType,
    String owner,
    int projectNumber,
    String statusField,
    Columns columns,
    String branchField,
    String priorityField,
    double coverageThreshold,
    List<String> repositories,
    StuckItems stuckItems) {

  private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
  private static final Pattern REPOSITORY =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

  /** Who owns a Projects v2 board. */
  public enum OwnerType {
    ORGANIZATION,
    USER
  }

  /** What to do with an item left "In Progress" by a run that died. */
  public enum StuckItems {
    /** Move it to the failed column with a comment. */
    FAIL,
    /** Move it back to the ready column so it runs again. */
    READY
  }

  /** The board's Status column names. */
  public record Columns(
      String ready, String inProgress, String review, String done, String failed, String blocked) {
    public Columns {
      for (String column : new String[] {ready, inProgress, review, done, failed, blocked}) {
        if (column == null || column.isBlank()) {
          throw new PermanentException(
              "Every column name in 'columns' must be a non-empty string (ready, inProgress,"
                  + " review, done, failed, blocked).");
        }
      }
    }
  }

  public ProjectConfig {
    if (ownerType == null) {
      throw new PermanentException("'ownerType' must be \"organization\" or \"user\".");
    }
    if (owner == null || !LOGIN.matcher(owner).matches()) {
      throw new PermanentException(
          "'owner' must be a GitHub organization or user login, got '" + owner + "'.");
    }
    if (projectNumber < 1) {
      throw new PermanentException(
          "'projectNumber' must be the board's positive number (from its URL), got "
              + projectNumber
              + ".");
    }
    if (coverageThreshold < 0 || coverageThreshold > 100) {
      throw new PermanentException(
          "'coverageThreshold' must be a percentage from 0 to 100, got " + coverageThreshold + ".");
    }
    if (repositories == null || repositories.isEmpty()) {
      throw new PermanentException(
          "'repositories' must list at least one repository as \"owner/name\".");
    }
    for (String repository : repositories) {
      if (repository == null || !REPOSITORY.matcher(repository).matches()) {
        throw new PermanentException(
            "'repositories' entries must be \"owner/name\", got '" + repository + "'.");
      }
    }
    repositories = List.copyOf(repositories);
  }

  /** Whether kiro-worker may change {@code repository} ({@code owner/name}, case-insensitive). */
  public boolean allows(String repository) {
    return repositories.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(repository));
  }
}
