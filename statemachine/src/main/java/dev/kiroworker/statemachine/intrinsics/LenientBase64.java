package dev.kiroworker.statemachine.intrinsics;

import java.io.ByteArrayOutputStream;

/**
 * A Base64 decoder as forgiving as AWS's States.Base64Decode, which decodes {@code abc}, {@code
 * ab==cd} and {@code ' YWJjZA== '} rather than failing: characters outside the alphabet are
 * skipped, the first {@code =} ends the data, and missing padding is fine.
 */
final class LenientBase64 {

  private static final int BITS_PER_CHARACTER = 6;
  private static final int BITS_PER_BYTE = 8;

  private LenientBase64() {}

  static byte[] decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length() && text.charAt(i) != '='; i++) {
      int value = value(text.charAt(i));
      if (value < 0) {
        continue;
      }
      buffer = (buffer << BITS_PER_CHARACTER) | value;
      bits += BITS_PER_CHARACTER;
      if (bits >= BITS_PER_BYTE) {
        bits -= BITS_PER_BYTE;
        bytes.write(buffer >> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    return bytes.toByteArray();
  }

  /** The 6-bit value of a Base64 character (standard or URL-safe alphabet), or -1. */
  private static int value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return switch (c) {
      case '+', '-' -> 62;
      case '/', '_' -> 63;
      default -> -1;
    };
  }
}
