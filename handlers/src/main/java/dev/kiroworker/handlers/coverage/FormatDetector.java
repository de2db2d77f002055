package dev.kiroworker.handlers.coverage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises a coverage format from the first bytes of a file, never from its name: the root
 * element and its attributes for XML, the first key for JSON, the first line for LCOV.
 */
final class FormatDetector {

  /** How much of a file detection looks at; a root element with its attributes fits easily. */
  static final int HEAD_BYTES = 64 * 1024;

  private static final Set<String> JACOCO_CHILDREN =
      Set.of("sessioninfo", "group", "package", "counter");
  private static final Pattern LCOV_FIRST_LINE = Pattern.compile("^(TN|SF):.*");

  private FormatDetector() {}

  /**
   * Detects the format of a file from its head.
   *
   * @param head the first {@link #HEAD_BYTES} bytes, or the whole file if shorter
   * @throws dev.kiroworker.handlers.errors.PermanentException for hostile XML (a DOCTYPE with an
   *     internal subset), which is rejected here before any parser reads further
   */
  static Detection detect(byte[] head, String source) {
    String text = new String(head, StandardCharsets.UTF_8);
    int start = firstContent(text);
    if (start == text.length()) {
      return new Detection.Unknown("an empty file");
    }
    if (text.indexOf('\0') >= 0) {
      return new Detection.Unknown("binary data");
    }
    return switch (text.charAt(start)) {
      case '<' -> detectXml(head, source);
      case '{', '[' -> detectJson(head);
      default -> detectText(text.substring(start));
    };
  }

  private static Detection detectXml(byte[] head, String source) {
    XMLStreamReader reader = SecureXml.open(new ByteArrayInputStream(head), source);
    try {
      advanceToRoot(reader, source);
      String root = reader.getLocalName();
      Set<String> attributes = new HashSet<>();
      for (int i = 0; i < reader.getAttributeCount(); i++) {
        attributes.add(reader.getAttributeLocalName(i));
      }
      return classifyXml(root, attributes, firstChild(reader, source));
    } catch (XMLStreamException e) {
      if (head.length >= HEAD_BYTES) {
        return new Detection.Unknown(
            "XML whose root element is not within its first " + HEAD_BYTES / 1024 + " KiB");
      }
      throw ReportProblem.fromXml(source, e);
    } finally {
      SecureXml.close(reader);
    }
  }

  private static Detection classifyXml(String root, Set<String> attributes, String firstChild) {
    return switch (root) {
      case "report" -> classifyReportRoot(firstChild);
      case "coverage" -> classifyCoverageRoot(attributes, firstChild);
      case "testsuite", "testsuites" ->
          new Detection.Unknown(
              "XML whose root element is <"
                  + root
                  + ">: a JUnit test report, not a coverage report");
      default -> new Detection.Unknown("XML whose root element is <" + Excerpt.of(root) + ">");
    };
  }

  // EMMA, JaCoCo's predecessor, also names its root <report>; JaCoCo's children differ.
  private static Detection classifyReportRoot(String firstChild) {
    if (firstChild == null || JACOCO_CHILDREN.contains(firstChild)) {
      return new Detection.Known(CoverageFormat.JACOCO);
    }
    return new Detection.Unknown(
        "XML whose root element is <report> with a first child <"
            + Excerpt.of(firstChild)
            + ">, which JaCoCo never writes (EMMA reports look like this)");
  }

  // Cobertura and Clover both name their root <coverage>; their attributes and first child differ.
  private static Detection classifyCoverageRoot(Set<String> attributes, String firstChild) {
    if (attributes.contains("clover") || "project".equals(firstChild)) {
      return new Detection.Known(CoverageFormat.CLOVER);
    }
    if (attributes.contains("line-rate")
        || attributes.contains("lines-valid")
        || "sources".equals(firstChild)
        || "packages".equals(firstChild)) {
      return new Detection.Known(CoverageFormat.COBERTURA);
    }
    return new Detection.Unknown(
        "XML whose root element is <coverage> but has neither Cobertura's rates nor Clover's"
            + " <project>");
  }

  // A document without a root element is not well-formed, so the parser fails before it ends.
  private static void advanceToRoot(XMLStreamReader reader, String source)
      throws XMLStreamException {
    while (SecureXml.next(reader, source) != XMLStreamConstants.START_ELEMENT) {
      // prolog: declaration, comments, processing instructions, DOCTYPE
    }
  }

  /** The root's first child element, or null if the root has none within the head. */
  private static String firstChild(XMLStreamReader reader, String source) {
    try {
      while (reader.hasNext()) {
        int event = SecureXml.next(reader, source);
        if (event == XMLStreamConstants.START_ELEMENT) {
          return reader.getLocalName();
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return null;
        }
      }
    } catch (XMLStreamException e) {
      // The head may end mid-document; the root alone then has to decide, and the parser that
      // reads the whole file reports any real error.
    }
    return null;
  }

  private static Detection detectJson(byte[] head) {
    try (JsonParser parser = IstanbulSummaryParser.JSON.createParser(head)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new Detection.Unknown("JSON that is not an object");
      }
      JsonToken first = parser.nextToken();
      if (first == JsonToken.FIELD_NAME && parser.currentName().equals("total")) {
        return new Detection.Known(CoverageFormat.ISTANBUL_SUMMARY);
      }
      String key = first == JsonToken.FIELD_NAME ? parser.currentName() : "";
      return new Detection.Unknown(
          "a JSON object whose first key is \""
              + Excerpt.of(key)
              + "\", not \"total\" (coverage-final.json looks like this; add Istanbul's"
              + " json-summary reporter)");
    } catch (IOException e) {
      return new Detection.Unknown("text that starts like JSON but is not valid JSON");
    }
  }

  private static Detection detectText(String text) {
    int end = text.indexOf('\n');
    String firstLine = (end >= 0 ? text.substring(0, end) : text).strip();
    if (LCOV_FIRST_LINE.matcher(firstLine).matches()) {
      return new Detection.Known(CoverageFormat.LCOV);
    }
    return new Detection.Unknown("text starting with \"" + Excerpt.of(firstLine) + "\"");
  }

  /** The index of the first character that is neither a byte-order mark nor white space. */
  private static int firstContent(String text) {
    int i = 0;
    while (i < text.length()
        && (text.charAt(i) == '\uFEFF' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i;
  }
}
