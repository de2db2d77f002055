package dev.kiroworker.worker.build.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kiroworker.handlers.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Turns the event stream of {@code go test -json} into JUnit XML: one {@code <testsuite>} per
 * package, one {@code <testcase>} per test and subtest, with the test's output in its {@code
 * <failure>}. Go writes no JUnit XML itself, and the quality gate and CodeBuild's report groups
 * read nothing else.
 *
 * <p>A test that started but never ended (a panic, or the {@code -timeout} killing the binary) is
 * an error; so is a package that failed without a failing test, such as one that does not compile.
 * Lines that are not JSON events (a build error printed by the go command) are ignored.
 */
final class GoTestReport {

  /** Output kept per test, so a test that prints without end cannot grow the report unbounded. */
  private static final int MAX_OUTPUT_CHARS = 64 * 1024;

  private final Map<String, Suite> suites = new LinkedHashMap<>();

  /** Reads every event from {@code events}, then writes the JUnit XML to {@code junit}. */
  static void convert(Reader events, Writer junit) throws IOException {
    GoTestReport report = new GoTestReport();
    BufferedReader lines = new BufferedReader(events);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      report.accept(line);
    }
    report.write(junit);
  }

  private void accept(String line) {
    if (!line.startsWith("{")) {
      return;
    }
    JsonNode event;
    try {
      event = JsonMapper.shared().readTree(line);
    } catch (JsonProcessingException e) {
      return;
    }
    String pkg = event.path("Package").asText("");
    if (pkg.isEmpty()) {
      return;
    }
    Suite suite = suites.computeIfAbsent(pkg, name -> new Suite());
    String test = event.path("Test").asText("");
    Outcome outcome =
        test.isEmpty() ? suite.outcome : suite.cases.computeIfAbsent(test, name -> new Outcome());
    String action = event.path("Action").asText("");
    switch (action) {
      case "output" -> outcome.append(event.path("Output").asText(""));
      case "pass", "fail", "skip" -> {
        outcome.status = action;
        outcome.seconds = event.path("Elapsed").asDouble(0);
      }
      default -> {
        // run, pause, cont, start, bench: nothing to record.
      }
    }
  }

  private void write(Writer junit) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(junit);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuites");
      for (Map.Entry<String, Suite> entry : suites.entrySet()) {
        writeSuite(xml, entry.getKey(), entry.getValue());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit XML for go test: " + e.getMessage(), e);
    }
  }

  private static void writeSuite(XMLStreamWriter xml, String pkg, Suite suite)
      throws XMLStreamException {
    Map<String, Outcome> cases = new LinkedHashMap<>(suite.cases);
    boolean anyFailed = cases.values().stream().anyMatch(c -> !"pass".equals(c.status));
    if ("fail".equals(suite.outcome.status) && !anyFailed) {
      // The package failed with no failing test: it did not build, or failed in TestMain.
      Outcome packageError = new Outcome();
      packageError.append(suite.outcome.output.toString());
      cases.put("(package " + pkg + ")", packageError);
    }
    if (cases.isEmpty()) {
      return;
    }
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", pkg);
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", count(cases, "fail"));
    xml.writeAttribute("errors", count(cases, null));
    xml.writeAttribute("skipped", count(cases, "skip"));
    xml.writeAttribute("time", seconds(suite.outcome.seconds));
    for (Map.Entry<String, Outcome> entry : cases.entrySet()) {
      writeCase(xml, pkg, entry.getKey(), entry.getValue());
    }
    xml.writeEndElement();
  }

  private static void writeCase(XMLStreamWriter xml, String pkg, String name, Outcome outcome)
      throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", pkg);
    xml.writeAttribute("name", xmlText(name));
    xml.writeAttribute("time", seconds(outcome.seconds));
    String child =
        outcome.status == null
            ? "error"
            : switch (outcome.status) {
              case "fail" -> "failure";
              case "skip" -> "skipped";
              default -> null;
            };
    if (child != null) {
      xml.writeStartElement(child);
      xml.writeAttribute("message", outcome.status == null ? "did not finish" : outcome.status);
      xml.writeCharacters(xmlText(outcome.output.toString()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String count(Map<String, Outcome> cases, String status) {
    long count =
        cases.values().stream()
            .filter(c -> status == null ? c.status == null : status.equals(c.status))
            .count();
    return Long.toString(count);
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }

  /** XML 1.0 cannot carry most control characters, and test output may hold any of them. */
  private static String xmlText(String text) {
    return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
  }

  /** One package: its own events and its tests'. */
  private static final class Suite {
    private final Outcome outcome = new Outcome();
    private final Map<String, Outcome> cases = new LinkedHashMap<>();
  }

  /** How one test (or package) ended, null while it has not; and what it printed. */
  private static final class Outcome {
    private String status;
    private double seconds;
    private final StringBuilder output = new StringBuilder();

    private void append(String text) {
      int room = MAX_OUTPUT_CHARS - output.length();
      if (room > 0) {
        output.append(text, 0, Math.min(room, text.length()));
      }
    }
  }
}
