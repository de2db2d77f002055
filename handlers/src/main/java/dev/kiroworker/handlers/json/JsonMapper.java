package dev.kiroworker.handlers.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson {@link ObjectMapper} of the handlers module, configured once and shared. */
public final class JsonMapper {

  /*
   * Unknown properties are ignored because GitHub and AWS add response fields without notice.
   * Source snippets stay out of parse-error messages: the text parsed may be a secret.
   */
  private static final ObjectMapper SHARED =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private JsonMapper() {}

  /** The shared mapper; thread-safe, do not reconfigure it. */
  public static ObjectMapper shared() {
    return SHARED;
  }
}
