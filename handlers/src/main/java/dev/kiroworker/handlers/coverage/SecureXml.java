package dev.kiroworker.handlers.coverage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams report XML through a parser that cannot be turned against the host: it loads no DTD,
 * resolves no entity, fetches nothing external and bounds element depth.
 *
 * <p>A DOCTYPE that only names an external DTD is accepted, because JaCoCo and Cobertura write one
 * into every report; the DTD is never loaded. A DOCTYPE with an internal subset is rejected: that
 * is where XXE and entity-expansion ("billion laughs") attacks declare their entities.
 */
final class SecureXml {

  /** Deeper than any real report nests; JUnit suites nested per describe block stay far below. */
  static final int MAX_ELEMENT_DEPTH = 256;

  private SecureXml() {}

  /** Receives each element as the parser streams past it. */
  interface ElementVisitor {

    /**
     * An element starts.
     *
     * @param path the element names from the root down to this element, inclusive
     */
    void start(List<String> path, XmlElement element);

    /** An element ends; {@code path} still includes it. */
    default void end(List<String> path) {}
  }

  /** Reads the whole document, so truncation anywhere is reported. */
  static void read(InputStream in, String source, ElementVisitor visitor) {
    XMLStreamReader reader = open(in, source);
    List<String> path = new ArrayList<>();
    List<String> view = Collections.unmodifiableList(path);
    try {
      while (reader.hasNext()) {
        int event = next(reader, source);
        if (event == XMLStreamConstants.START_ELEMENT) {
          path.add(reader.getLocalName());
          visitor.start(view, new XmlElement(reader, source));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          visitor.end(view);
          path.removeLast();
        }
      }
    } catch (XMLStreamException e) {
      throw ReportProblem.fromXml(source, e);
    } finally {
      close(reader);
    }
  }

  /** Opens a reader for callers that stop early, e.g. to look at the root element only. */
  static XMLStreamReader open(InputStream in, String source) {
    try {
      return newFactory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw ReportProblem.fromXml(source, e);
    }
  }

  /** The next event, with every DOCTYPE checked before the parser goes on. */
  static int next(XMLStreamReader reader, String source) throws XMLStreamException {
    int event = reader.next();
    if (event == XMLStreamConstants.DTD && hasInternalSubset(reader.getText())) {
      throw ReportProblem.malformed(
          source,
          "its DOCTYPE declares an internal subset (entity or element declarations), which a"
              + " coverage or test report never needs and XXE and entity-expansion attacks rely on;"
              + " it was rejected without being expanded");
    }
    return event;
  }

  static void close(XMLStreamReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Closing releases parser state only; the input stream is the caller's to close.
    }
  }

  /** True when the DOCTYPE text has a {@code [...]} subset outside its quoted identifiers. */
  static boolean hasInternalSubset(String doctype) {
    char quote = 0;
    for (int i = 0; i < doctype.length(); i++) {
      char c = doctype.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        return true;
      }
    }
    return false;
  }

  // A factory per document: the JDK's factory keeps its last reader in an unsynchronised field, so
  // one shared between threads is not safe, and a new one costs next to nothing. newDefaultFactory
  // is the JDK's own
  // parser, whose properties are known, even if a library registers another StAX implementation.
  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
    return factory;
  }
}
