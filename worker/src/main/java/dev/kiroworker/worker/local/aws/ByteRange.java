package dev.kiroworker.worker.local.aws;

/**
 * One HTTP byte range of an object ({@code bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}), clipped
 * to the object's end as S3 does; inclusive bounds.
 */
record ByteRange(long first, long last) {

  private static final String UNIT = "bytes=";

  static ByteRange parse(String header, long size) {
    if (!header.startsWith(UNIT)) {
      throw S3Error.invalidArgument("Range " + header + " must be in bytes");
    }
    String spec = header.substring(UNIT.length()).trim();
    if (spec.contains(",")) {
      throw S3Error.notImplemented("multiple ranges in one GetObject (" + header + ")");
    }
    int dash = spec.indexOf('-');
    if (dash < 0) {
      throw S3Error.invalidArgument("Range " + header + " has no '-'");
    }
    try {
      String from = spec.substring(0, dash);
      String to = spec.substring(dash + 1);
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        if (suffix == 0 || size == 0) {
          throw S3Error.invalidRange(header, size);
        }
        return new ByteRange(Math.max(0, size - suffix), size - 1);
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
      if (first >= size || (!to.isEmpty() && Long.parseLong(to) < first)) {
        throw S3Error.invalidRange(header, size);
      }
      return new ByteRange(first, last);
    } catch (NumberFormatException e) {
      throw S3Error.invalidArgument("Range " + header + " is not a byte range");
    }
  }

  long length() {
    return last - first + 1;
  }

  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
