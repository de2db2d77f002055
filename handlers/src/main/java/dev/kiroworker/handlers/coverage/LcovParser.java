package dev.kiroworker.handlers.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads an LCOV tracefile: the {@code LF}/{@code LH} and {@code BRF}/{@code BRH} summaries of each
 * {@code SF} record, summed over the records.
 *
 * <p>Where a record has no summary lines its {@code DA} and {@code BRDA} lines are counted instead.
 * A record without any branch data contributes no branches; when no record has any, the report says
 * branches were not measured (lcov's default). A file listed in two records is rejected: summing
 * would count it twice, and merging is {@code lcov -a}'s job.
 */
final class LcovParser implements CoverageParser {

  @Override
  public CoverageReport parse(InputStream in, String source) {
    var totals = new Totals(source);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder()))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        totals.accept(line.strip(), ++number);
      }
    } catch (IOException e) {
      throw ReportProblem.fromIo(source, e);
    }
    return totals.report();
  }

  // File paths may be in any encoding; only the numbers matter, so bad bytes are replaced rather
  // than fatal.
  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static final class Totals {
    private final String source;
    private final Set<String> files = new HashSet<>();
    private LcovRecord record;
    private Counter lines = Counter.EMPTY;
    private Counter branches = Counter.EMPTY;
    private boolean branchesMeasured;
    private int lastLine;

    Totals(String source) {
      this.source = source;
    }

    void accept(String line, int number) {
      lastLine = number;
      if (line.isEmpty()) {
        return;
      }
      if (line.equals("end_of_record")) {
        endRecord(number);
        return;
      }
      int colon = line.indexOf(':');
      if (colon < 1 || !isKey(line.substring(0, colon))) {
        throw problem(number, "'" + Excerpt.of(line) + "' is not an LCOV line (KEY:value)");
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1);
      if (key.equals("SF")) {
        startRecord(value, number);
      } else if (record != null) {
        record.accept(key, value, number);
      } else if (LcovRecord.isDataKey(key)) {
        throw problem(number, key + " appears outside a record (before any SF line)");
      }
    }

    CoverageReport report() {
      if (record != null) {
        throw problem(
            lastLine,
            "the file ends inside the record for "
                + Excerpt.of(record.file())
                + " (no end_of_record), so it looks truncated");
      }
      if (files.isEmpty()) {
        throw ReportProblem.malformed(source, "it has no SF (source file) records");
      }
      return new CoverageReport(CoverageFormat.LCOV, lines, branchesMeasured ? branches : null);
    }

    private void startRecord(String file, int number) {
      if (record != null) {
        throw problem(
            number,
            "a new SF record starts before the record for "
                + Excerpt.of(record.file())
                + " ended (no end_of_record)");
      }
      if (!files.add(file)) {
        throw problem(
            number,
            Excerpt.of(file)
                + " has a second record; merge the tracefiles with 'lcov -a' so each file is"
                + " counted once");
      }
      record = new LcovRecord(file, source);
    }

    private void endRecord(int number) {
      if (record == null) {
        throw problem(number, "end_of_record without a record (no SF line before it)");
      }
      lines = lines.plus(record.lines(number));
      Counter recordBranches = record.branches(number);
      if (recordBranches != null) {
        branches = branches.plus(recordBranches);
        branchesMeasured = true;
      }
      record = null;
    }

    private RuntimeException problem(int number, String detail) {
      return ReportProblem.malformed(source, "line " + number + ": " + detail);
    }

    private static boolean isKey(String key) {
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (!(c >= 'A' && c <= 'Z')) {
          return false;
        }
      }
      return true;
    }
  }
}
