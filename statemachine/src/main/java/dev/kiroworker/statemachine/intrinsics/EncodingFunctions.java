package dev.kiroworker.statemachine.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/** The encoding intrinsics: States.Base64Encode, States.Base64Decode and States.Hash. */
final class EncodingFunctions {

  /** "a data string of up to 10,000 characters" (AWS developer guide, Base64 and Hash). */
  static final int MAX_CHARACTERS = 10_000;

  private static final Set<String> ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  private EncodingFunctions() {}

  static JsonNode base64Encode(Invocation call) {
    String text = limited(call, call.text(0));
    return TextNode.valueOf(
        Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonNode base64Decode(Invocation call) {
    String text = limited(call, call.text(0));
    return TextNode.valueOf(new String(LenientBase64.decode(text), StandardCharsets.UTF_8));
  }

  static JsonNode hash(Invocation call) {
    // AWS hashes a number or an object too, so non-strings are hashed as their text.
    String data = limited(call, JavaView.text(call.value(0)));
    String algorithm = call.text(1);
    if (!ALGORITHMS.contains(algorithm)) {
      throw call.invalid("'" + algorithm + "' is not one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
    return TextNode.valueOf(
        HexFormat.of().formatHex(digest(algorithm).digest(data.getBytes(StandardCharsets.UTF_8))));
  }

  private static String limited(Invocation call, String text) {
    if (text.length() > MAX_CHARACTERS) {
      throw call.invalid(
          "the input has " + text.length() + " characters; AWS allows at most " + MAX_CHARACTERS);
    }
    return text;
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks " + algorithm, e);
    }
  }
}
