package dev.kiroworker.worker.build.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Go cover profile ({@code go test -coverprofile}) into LCOV, which the quality gate and
 * CodeBuild's coverage report group both read. Go measures statement blocks, not lines: every line
 * a block spans counts as hit when any block on it ran. Go measures no branches, so the LCOV has
 * none and the gate judges lines alone, saying so.
 */
final class GoCoverProfile {

  /** {@code file.go:startLine.startCol,endLine.endCol statements count}. */
  private static final Pattern BLOCK =
      Pattern.compile("(.+):(\\d{1,9})\\.\\d{1,9},(\\d{1,9})\\.\\d{1,9} (\\d{1,9}) (\\d{1,18})");

  /** No real block spans this many lines; a profile that says so is not a real profile. */
  private static final int MAX_BLOCK_LINES = 100_000;

  private GoCoverProfile() {}

  /**
   * Converts the profile read from {@code profile} and writes LCOV to {@code lcov}.
   *
   * @throws IOException when the profile is not a Go cover profile
   */
  static void convert(Reader profile, Writer lcov) throws IOException {
    BufferedReader lines = new BufferedReader(profile);
    String mode = lines.readLine();
    if (mode == null || !mode.startsWith("mode: ")) {
      throw new IOException("not a Go cover profile: the first line is not 'mode: ...'");
    }
    Map<String, TreeMap<Integer, Long>> files = new LinkedHashMap<>();
    int number = 1;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher block = BLOCK.matcher(line);
      if (!block.matches()) {
        throw new IOException("not a Go cover profile: line " + number + " is not a block");
      }
      int start = Integer.parseInt(block.group(2));
      int end = Integer.parseInt(block.group(3));
      if (end < start || end - start > MAX_BLOCK_LINES) {
        throw new IOException("not a Go cover profile: line " + number + " has a bad range");
      }
      if (Integer.parseInt(block.group(4)) == 0) {
        continue;
      }
      long count = Long.parseLong(block.group(5));
      TreeMap<Integer, Long> hits = files.computeIfAbsent(block.group(1), f -> new TreeMap<>());
      for (int lineNumber = start; lineNumber <= end; lineNumber++) {
        hits.merge(lineNumber, count, Math::max);
      }
    }
    write(files, lcov);
  }

  private static void write(Map<String, TreeMap<Integer, Long>> files, Writer lcov)
      throws IOException {
    lcov.write("TN:\n");
    for (Map.Entry<String, TreeMap<Integer, Long>> file : files.entrySet()) {
      lcov.write("SF:" + file.getKey() + "\n");
      long hit = 0;
      for (Map.Entry<Integer, Long> line : file.getValue().entrySet()) {
        lcov.write("DA:" + line.getKey() + "," + line.getValue() + "\n");
        hit += line.getValue() > 0 ? 1 : 0;
      }
      lcov.write("LF:" + file.getValue().size() + "\nLH:" + hit + "\nend_of_record\n");
    }
    lcov.flush();
  }
}
