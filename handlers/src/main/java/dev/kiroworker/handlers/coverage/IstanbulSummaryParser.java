package dev.kiroworker.handlers.coverage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Istanbul's {@code coverage-summary.json} (the json-summary reporter of nyc, c8, Jest,
 * Vitest): the {@code total.lines} and {@code total.branches} counts. The {@code pct} values are
 * ignored, since they are rounded and may be the string "Unknown".
 *
 * <p>The document is streamed and the per-file entries skipped, so a summary of a huge project
 * costs no more memory than a small one.
 */
final class IstanbulSummaryParser implements CoverageParser {

  // A summary nests three levels; the bound stops a hostile file from recursing deeply.
  static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
          .build();

  @Override
  public CoverageReport parse(InputStream in, String source) {
    try (JsonParser parser = JSON.createParser(in)) {
      return read(parser, source);
    } catch (JsonProcessingException e) {
      throw ReportProblem.malformed(
          source, "invalid JSON" + where(e) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ReportProblem.fromIo(source, e);
    }
  }

  private static CoverageReport read(JsonParser parser, String source) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw ReportProblem.malformed(source, "it is not a JSON object");
    }
    CoverageReport report = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals("total")) {
        report = readTotal(parser, source);
      } else {
        parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw ReportProblem.malformed(source, "it has content after the JSON object");
    }
    if (report == null) {
      throw ReportProblem.malformed(source, "it has no \"total\" entry");
    }
    return report;
  }

  private static CoverageReport readTotal(JsonParser parser, String source) throws IOException {
    requireObject(parser, source, "total");
    Counter lines = null;
    Counter branches = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "lines" -> lines = readMetric(parser, source, "total.lines");
        case "branches" -> branches = readMetric(parser, source, "total.branches");
        default -> parser.skipChildren();
      }
    }
    if (lines == null) {
      throw ReportProblem.malformed(source, "its \"total\" entry has no \"lines\"");
    }
    return new CoverageReport(CoverageFormat.ISTANBUL_SUMMARY, lines, branches);
  }

  private static Counter readMetric(JsonParser parser, String source, String name)
      throws IOException {
    requireObject(parser, source, name);
    long total = -1;
    long covered = -1;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("total") || field.equals("covered")) {
        long count = count(parser, value, source, name + "." + field);
        total = field.equals("total") ? count : total;
        covered = field.equals("covered") ? count : covered;
      } else {
        parser.skipChildren();
      }
    }
    if (total < 0 || covered < 0) {
      throw ReportProblem.malformed(source, name + " needs both \"total\" and \"covered\"");
    }
    if (covered > total) {
      throw ReportProblem.malformed(
          source, name + ".covered (" + covered + ") is greater than its total (" + total + ")");
    }
    return Counter.of(covered, total);
  }

  private static long count(JsonParser parser, JsonToken value, String source, String name)
      throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long count = parser.getLongValue();
      if (count >= 0) {
        return count;
      }
    }
    throw ReportProblem.malformed(
        source,
        name + " is " + Excerpt.of(parser.getText()) + ", not a whole number of zero or more");
  }

  private static void requireObject(JsonParser parser, String source, String name) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw ReportProblem.malformed(source, "\"" + name + "\" is not a JSON object");
    }
  }

  private static String where(JsonProcessingException e) {
    var location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
