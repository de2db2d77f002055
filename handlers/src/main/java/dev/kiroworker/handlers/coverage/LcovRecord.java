package dev.kiroworker.handlers.coverage;

import java.util.Set;

/** One {@code SF ... end_of_record} block of an LCOV tracefile, while it is being read. */
final class LcovRecord {

  private static final Set<String> DATA_KEYS = Set.of("LF", "LH", "BRF", "BRH", "DA", "BRDA");

  private final String file;
  private final String source;
  private long linesFound = -1;
  private long linesHit = -1;
  private long branchesFound = -1;
  private long branchesHit = -1;
  private Counter daLines = Counter.EMPTY;
  private Counter brdaBranches = Counter.EMPTY;
  private boolean sawBrda;

  LcovRecord(String file, String source) {
    this.file = file;
    this.source = source;
  }

  static boolean isDataKey(String key) {
    return DATA_KEYS.contains(key);
  }

  String file() {
    return file;
  }

  /**
   * Takes one line of the record; keys this reader has no use for (TN, FN, FNDA...) are skipped.
   */
  void accept(String key, String value, int number) {
    switch (key) {
      case "LF" -> linesFound = count(value, number, key);
      case "LH" -> linesHit = count(value, number, key);
      case "BRF" -> branchesFound = count(value, number, key);
      case "BRH" -> branchesHit = count(value, number, key);
      case "DA" -> daLines = daLines.plus(hitOrMiss(isPositive(field(value, 1, number), number)));
      case "BRDA" -> {
        // BRDA:<line>,<block>,<branch>,<taken>; "-" means the branch's block never ran.
        String taken = field(value, 3, number);
        brdaBranches =
            brdaBranches.plus(hitOrMiss(!taken.equals("-") && isPositive(taken, number)));
        sawBrda = true;
      }
      default -> {
        // Function, test-name and version lines do not bear on line or branch coverage.
      }
    }
  }

  private static Counter hitOrMiss(boolean hit) {
    return Counter.of(hit ? 1 : 0, 1);
  }

  /** The record's lines: its LF/LH summary, or else its DA lines counted. */
  Counter lines(int number) {
    if (linesFound >= 0 && linesHit >= 0) {
      return summary(linesHit, linesFound, "LH", "LF", number);
    }
    return daLines;
  }

  /** The record's branches: BRF/BRH, or else its BRDA lines counted, or null when it has none. */
  Counter branches(int number) {
    if (branchesFound >= 0 && branchesHit >= 0) {
      return summary(branchesHit, branchesFound, "BRH", "BRF", number);
    }
    return sawBrda ? brdaBranches : null;
  }

  private Counter summary(long hit, long found, String hitKey, String foundKey, int number) {
    if (hit > found) {
      throw problem(
          number,
          "the record for "
              + Excerpt.of(file)
              + " has "
              + hitKey
              + " ("
              + hit
              + ") greater than "
              + foundKey
              + " ("
              + found
              + ")");
    }
    return Counter.of(hit, found);
  }

  private long count(String value, int number, String key) {
    try {
      long count = Long.parseLong(value.strip());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw problem(number, key + ":" + Excerpt.of(value) + " is not a whole number of zero or more");
  }

  private String field(String value, int index, int number) {
    String[] fields = value.split(",", -1);
    if (fields.length <= index) {
      throw problem(number, "'" + Excerpt.of(value) + "' has too few comma-separated fields");
    }
    return fields[index].strip();
  }

  // Execution counts can exceed a long in gcov output, and only "more than zero" matters, so the
  // digits are checked rather than parsed.
  private boolean isPositive(String hits, int number) {
    boolean negative = hits.startsWith("-");
    String digits = negative ? hits.substring(1) : hits;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw problem(number, "'" + Excerpt.of(hits) + "' is not an execution count");
    }
    return !negative && digits.chars().anyMatch(c -> c != '0');
  }

  private RuntimeException problem(int number, String detail) {
    return ReportProblem.malformed(source, "line " + number + ": " + detail);
  }
}
