package dev.kiroworker.handlers.coverage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails the read that would go past a byte limit, so a report larger than announced (or with no
 * announced size at all) still cannot be read without bound.
 */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    advance(skipped);
    return skipped;
  }

  // Rewinding would let the count fall behind what was really read; buffer above this stream.
  @Override
  public boolean markSupported() {
    return false;
  }

  private void advance(long n) throws ReportTooLargeException {
    count += n;
    if (count > limit) {
      throw new ReportTooLargeException(limit);
    }
  }

  /** The limit was passed; parsers hand it on as the cause of their own failure. */
  static final class ReportTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    ReportTooLargeException(long limit) {
      super("the report is larger than the " + limit + "-byte limit");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }
}
