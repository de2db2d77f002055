package dev.kiroworker.handlers.coverage;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import java.io.IOException;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns what went wrong while reading a report into the workflow's errors: bad content and
 * oversized files are permanent, an interrupted read (a dropped S3 connection) is transient.
 */
final class ReportProblem {

  private ReportProblem() {}

  /** The content is not what the format requires. */
  static PermanentException malformed(String source, String detail) {
    return new PermanentException(
        "Cannot read report "
            + source
            + ": "
            + detail
            + ". Check that the build wrote the file completely with a supported tool.");
  }

  /** The file's announced size is over the limit, so it was not opened. */
  static PermanentException tooLarge(String source, long size, long limit) {
    return new PermanentException(
        "Report "
            + source
            + " is "
            + String.format(Locale.ROOT, "%,d", size)
            + " bytes, over the "
            + describeBytes(limit)
            + " limit, so it was not read. Exclude generated code from coverage, or raise the"
            + " report size limit if the report is genuine.");
  }

  /** The file turned out larger than the limit while it was being read. */
  static PermanentException tooLarge(String source, long limit) {
    return new PermanentException(
        "Report "
            + source
            + " is larger than the "
            + describeBytes(limit)
            + " limit, so it was not read. Exclude generated code from coverage, or raise the"
            + " report size limit if the report is genuine.");
  }

  /** A failure of the XML parser: hostile or broken content, an oversized file, or a lost read. */
  static RuntimeException fromXml(String source, XMLStreamException e) {
    Throwable nested = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (nested instanceof IOException io) {
      return fromIo(source, io);
    }
    return malformed(source, "invalid XML" + where(e.getLocation()) + ": " + parserMessage(e));
  }

  /** A failure of the stream under a parser: over the limit, or the read itself failed. */
  static RuntimeException fromIo(String source, IOException e) {
    if (e instanceof LimitedInputStream.ReportTooLargeException tooLarge) {
      return tooLarge(source, tooLarge.limit());
    }
    return new TransientException(
        "Reading report " + source + " failed part-way (" + e.getMessage() + "); try again.", e);
  }

  static String describeBytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return String.format(Locale.ROOT, "%,d-byte", bytes);
  }

  private static String where(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  // The JDK parser prefixes its message with "ParseError at [row,col]:[..]\nMessage: ", which
  // repeats the location given separately.
  private static String parserMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int start = message.indexOf("Message: ");
    String text = start >= 0 ? message.substring(start + "Message: ".length()) : message;
    text = text.strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
