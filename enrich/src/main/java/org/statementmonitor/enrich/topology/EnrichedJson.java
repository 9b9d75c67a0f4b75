package org.statementmonitor.enrich.topology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.topic.Topics;

/**
 * The enriched topic's JSON bytes, completed by the decider without decoding them. The analyser
 * writes an {@link EnrichedStatement} whose {@code duplicate} is null, which the shared mapper omits;
 * the decider splices {@code ,"duplicate":{...}} into those bytes where the mapper would have written
 * it (just before {@code flags}, the next component, always written since it is never null), so the
 * record is byte for byte what serialising the decided statement would give, read by {@link
 * Topics#ENRICHED}'s deserializer into the same value. Bytes without that shape (none that the
 * analyser writes) take the slow path: decode, set the verdict, encode. Stateless.
 */
final class EnrichedJson {

  /** The component after {@code duplicate}; the last occurrence in the bytes is the top-level one. */
  private static final byte[] FLAGS_FIELD = ",\"flags\":[".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DUPLICATE_FIELD = ",\"duplicate\":".getBytes(StandardCharsets.UTF_8);

  private EnrichedJson() {}

  /**
   * The enriched record: {@code undecided} (an enriched statement without a duplicate decision, as
   * the analyser wrote it) with {@code duplicate} set.
   */
  static byte[] withDuplicate(byte[] undecided, DuplicateInfo duplicate) {
    int at = topLevelFlags(undecided);
    if (at < 0) {
      return decodeAndEncode(undecided, duplicate);
    }
    byte[] verdict = Json.toBytes(duplicate);
    byte[] out = new byte[undecided.length + DUPLICATE_FIELD.length + verdict.length];
    System.arraycopy(undecided, 0, out, 0, at);
    System.arraycopy(DUPLICATE_FIELD, 0, out, at, DUPLICATE_FIELD.length);
    System.arraycopy(verdict, 0, out, at + DUPLICATE_FIELD.length, verdict.length);
    System.arraycopy(undecided, at, out, at + DUPLICATE_FIELD.length + verdict.length, undecided.length - at);
    return out;
  }

  /**
   * The statement's text ({@code statement.text}, "" when absent), read by streaming over the bytes
   * and skipping every other value.
   *
   * @throws JsonRecordException when the bytes are not JSON
   */
  static String statementText(byte[] enriched) {
    try (JsonParser p = Json.mapper().getFactory().createParser(enriched)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("statement".equals(field) && value == JsonToken.START_OBJECT) {
          return textOf(p);
        }
        p.skipChildren();
      }
      return "";
    } catch (IOException e) {
      throw new JsonRecordException("not a valid EnrichedStatement record: " + e.getMessage(), e);
    }
  }

  private static String textOf(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if ("text".equals(field)) {
        return value == JsonToken.VALUE_STRING ? p.getText() : "";
      }
      p.skipChildren();
    }
    return "";
  }

  /**
   * Where {@code ,"flags":[} last occurs, or -1. Inside a JSON string a quote is always escaped, so
   * an unescaped quote after a comma is structure; and after the top-level {@code flags} key come
   * only its strings and the {@code enriched} instant, so the last occurrence is the top-level key.
   */
  private static int topLevelFlags(byte[] json) {
    outer:
    for (int i = json.length - FLAGS_FIELD.length; i >= 0; i--) {
      for (int j = 0; j < FLAGS_FIELD.length; j++) {
        if (json[i + j] != FLAGS_FIELD[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] decodeAndEncode(byte[] undecided, DuplicateInfo duplicate) {
    EnrichedStatement s = Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), undecided);
    return Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
        new EnrichedStatement(s.schemaVersion(), s.statement(), s.language(), s.entities(), s.facts(),
            duplicate, s.flags(), s.enriched()));
  }
}
