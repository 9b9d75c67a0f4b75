package org.statementmonitor.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.testkit.kafka.KafkaRecords;

/** Distinct statements of the genre, in bulk, for the fault tests. */
final class StatementFixtures {

  private static final String[] ACTORS = {"Council", "Assembly", "Community", "Forum", "Union", "Institute"};
  private static final String[] PLACES = {"Geneva", "Baku", "Vienna", "New York", "Brussels", "Strasbourg"};
  private static final String[] TOPICS = {"missing persons", "mine clearance", "return of displaced families",
      "cultural heritage", "water rights", "detained journalists", "border crossings", "school reopening"};
  private static final String[] VERBS = {"calls on", "urges", "welcomes the decision of", "appeals to",
      "expresses concern to", "thanks"};

  private StatementFixtures() {}

  /** {@code count} raw statements with ids {@code prefix-0..}, each with a text of its own. */
  static List<KafkaRecords.KeyValue<String, Statement>> raw(String prefix, int count) {
    Random random = new Random(prefix.hashCode());
    List<KafkaRecords.KeyValue<String, Statement>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = prefix + "-" + i;
      out.add(new KafkaRecords.KeyValue<>(id, statement(id, text(random, i))));
    }
    return out;
  }

  /** {@code count} enriched statements with ids {@code prefix-0..}. */
  static List<KafkaRecords.KeyValue<String, EnrichedStatement>> enriched(String prefix, int count) {
    List<KafkaRecords.KeyValue<String, EnrichedStatement>> out = new ArrayList<>(count);
    for (KafkaRecords.KeyValue<String, Statement> raw : raw(prefix, count)) {
      Statement s = raw.value();
      out.add(new KafkaRecords.KeyValue<>(s.id(), new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, s,
          new LanguageInfo("en", 0.98, List.of()),
          List.of(Entity.of(EntityType.LOC, "Geneva", "Geneva", 0, 6)),
          new Facts(s.text().substring(0, 40), s.text().split(" ").length, "statement", List.of()),
          DuplicateInfo.original(s.id()), List.of(), Instant.parse("2026-11-02T10:00:01Z"))));
    }
    return out;
  }

  private static Statement statement(String id, String text) {
    return new Statement(Statement.SCHEMA_VERSION, id, 1, false, "https://publisher.example/" + id,
        new Source("fault-fixture", "feed", List.of("test"), "https://publisher.example/feed"),
        "Statement " + id, List.of(), Instant.parse("2026-11-02T10:00:00Z"), Instant.parse("2026-11-02T10:00:00Z"),
        "text/plain", text, Map.of(), Integer.toHexString(text.hashCode()));
  }

  private static String text(Random random, int n) {
    StringBuilder sb = new StringBuilder("Geneva, 2 November 2026. ");
    for (int s = 0; s < 12; s++) {
      sb.append("The ").append(pick(random, ACTORS)).append(' ').append(pick(random, VERBS)).append(" the authorities in ")
          .append(pick(random, PLACES)).append(" on ").append(pick(random, TOPICS)).append(", case ")
          .append(n).append('-').append(random.nextInt(1_000_000)).append(". ");
    }
    return sb.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
