package dev.kiroworker.handlers.coverage;

import java.util.OptionalLong;
import javax.xml.stream.XMLStreamReader;

/**
 * The element the parser is on, with attribute readers whose failures name the file, the line and
 * the bad value. Valid only during the visitor call that received it.
 */
final class XmlElement {

  private final XMLStreamReader reader;
  private final String source;

  XmlElement(XMLStreamReader reader, String source) {
    this.reader = reader;
    this.source = source;
  }

  String name() {
    return reader.getLocalName();
  }

  /** Fails unless this (root) element has the name the format requires. */
  void requireName(String expected, CoverageFormat format) {
    if (!expected.equals(name())) {
      throw ReportProblem.malformed(
          source,
          "its root element is <"
              + Excerpt.of(name())
              + ">, but "
              + format.displayName()
              + " starts with <"
              + expected
              + ">");
    }
  }

  boolean has(String attribute) {
    return attribute(attribute) != null;
  }

  /** The attribute's value, or null when the element does not have it. */
  String attribute(String attribute) {
    return reader.getAttributeValue(null, attribute);
  }

  /** A count that must be present: a whole number of zero or more. */
  long count(String attribute) {
    OptionalLong value = optionalCount(attribute);
    if (value.isEmpty()) {
      throw ReportProblem.malformed(
          source, "<" + name() + "> at line " + line() + " has no '" + attribute + "' attribute");
    }
    return value.getAsLong();
  }

  /** A count that may be absent; when present it must be a whole number of zero or more. */
  OptionalLong optionalCount(String attribute) {
    String text = attribute(attribute);
    if (text == null) {
      return OptionalLong.empty();
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value >= 0) {
        return OptionalLong.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below, with the element and line
    }
    throw invalid(attribute, text, "a whole number of zero or more");
  }

  /** A covered/total attribute pair that must be present, with covered no greater than total. */
  Counter counter(String coveredAttribute, String totalAttribute) {
    return toCounter(count(coveredAttribute), count(totalAttribute), coveredAttribute);
  }

  /** A covered/total attribute pair, or null unless both attributes are present. */
  Counter optionalCounter(String coveredAttribute, String totalAttribute) {
    OptionalLong covered = optionalCount(coveredAttribute);
    OptionalLong total = optionalCount(totalAttribute);
    if (covered.isEmpty() || total.isEmpty()) {
      return null;
    }
    return toCounter(covered.getAsLong(), total.getAsLong(), coveredAttribute);
  }

  int line() {
    return reader.getLocation().getLineNumber();
  }

  String source() {
    return source;
  }

  private Counter toCounter(long covered, long total, String coveredAttribute) {
    if (covered > total) {
      throw invalid(coveredAttribute, String.valueOf(covered), "at most the total of " + total);
    }
    return Counter.of(covered, total);
  }

  private RuntimeException invalid(String attribute, String text, String expected) {
    return ReportProblem.malformed(
        source,
        "<"
            + name()
            + "> at line "
            + line()
            + " has "
            + attribute
            + "=\""
            + Excerpt.of(text)
            + "\", which is not "
            + expected);
  }
}
