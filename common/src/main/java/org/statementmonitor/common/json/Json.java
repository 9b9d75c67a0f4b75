package org.statementmonitor.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The project's single JSON configuration: ISO-8601 instants, nulls omitted, unknown properties
 * ignored (newer writers may add fields), and bounded string lengths so one hostile record cannot
 * exhaust memory.
 */
public final class Json {

  /** Longest JSON string accepted (a statement text of 50 MB is already absurd). */
  public static final int MAX_STRING_LENGTH = 50 * 1024 * 1024;

  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A fresh mapper with the project's settings, for callers that need their own (YAML...). */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(200).build());
    return mapper
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }

  private static ObjectMapper newMapper() {
    return configure(new ObjectMapper());
  }

  /** Serialises a value to UTF-8 JSON bytes. */
  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Serialises a value to a JSON string. */
  public static String toString(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a value from JSON bytes.
   *
   * @throws JsonRecordException naming the type and what is wrong, when the bytes are not a valid
   *     record of that type
   */
  public static <T> T fromBytes(byte[] bytes, Class<T> type) {
    try {
      return MAPPER.readValue(bytes, type);
    } catch (JsonProcessingException e) {
      throw new JsonRecordException("not a valid " + type.getSimpleName() + " record: "
          + e.getOriginalMessage() + locationOf(e), e);
    } catch (IOException e) {
      throw new JsonRecordException("not a valid " + type.getSimpleName() + " record: " + e.getMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new JsonRecordException("not a valid " + type.getSimpleName() + " record: " + e.getMessage(), e);
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (at line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
  }

  /** Reads a value from a JSON string; see {@link #fromBytes(byte[], Class)}. */
  public static <T> T fromString(String json, Class<T> type) {
    return fromBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
  }

}
