package org.statementmonitor.alerts.matching.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;

/**
 * A reproducible workload for the rule matcher: {@link #rules(int)} gives rules of the kinds media
 * monitors write (watched organisations and people, watchlist ids, phrases in the text, source-tag
 * filters, {@code AND NOT} exclusions) and {@link #statements(int)} gives ~5 KB statements of the genre
 * naming organisations, people and places (popular names more often), with their entities found as
 * the enrichment would. The same seed gives the same workload.
 */
public final class MatchingWorkload {

  private static final String[] KINDS = {"appeal", "letter", "press_release", "article", "report", "statement"};
  private static final String[][] TAGS = {{"ngo"}, {"ngo", "diaspora"}, {"state-media"}, {"news"},
      {"news", "regional"}, {"un"}, {"government"}, {"think-tank"}};
  private static final int TEXT_CHARS = 5_000;

  private final Vocabulary vocabulary = new Vocabulary();
  private final long seed;

  /** A workload drawn with {@code seed}. */
  public MatchingWorkload(long seed) {
    this.seed = seed;
  }

  /** {@code count} distinct rules (names {@code rule-0}...). */
  public List<Rule> rules(int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Rule> rules = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rules.add(Rule.match("rule-" + i, query(i % 20, random)));
    }
    return rules;
  }

  private String query(int kind, SplittableRandom r) {
    Vocabulary v = vocabulary;
    String org = pick(v.organisations, r);
    String person = pick(v.people, r);
    String place = pick(v.places, r);
    String topic = pick(v.topics, r);
    return switch (kind) {
      case 0, 1, 2 -> "entity.org:\"" + org + "\"";
      case 3, 4, 5 -> "entity.org:\"" + org + "\" AND NOT source.tags:state-media";
      case 6, 7, 8 -> "entity.person:\"" + person + "\"";
      case 9, 10 -> "entity.person:\"" + person + "\" AND (kind:appeal OR kind:letter OR kind:statement)";
      case 11, 12 -> "watchlist:" + Vocabulary.watchlistId(r.nextBoolean() ? org : person);
      case 13 -> "\"" + topic + "\" AND entity.loc:" + place;
      case 14 -> "\"" + topic + "\" AND entity.org:\"" + org + "\"";
      case 15 -> "title:\"" + topic + "\" AND source.tags:" + pick(TAGS, r)[0];
      case 16 -> "entity.loc:" + place + " AND entity.person:\"" + person + "\"";
      case 17 -> "entity.loc:" + place + " AND source.tags:ngo AND (" + quoted(topic) + " OR " + quoted(pick(v.topics, r)) + ")";
      case 18 -> "(entity.org:\"" + org + "\" OR entity.person:\"" + person + "\") AND NOT source.tags:state-media";
      default -> "\"" + topic + "\" AND " + place + " AND NOT kind:article AND NOT source.tags:state-media";
    };
  }

  /** {@code count} statements (ids {@code st-0}...). */
  public List<EnrichedStatement> statements(int count) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    List<EnrichedStatement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(statement("st-" + i, random));
    }
    return out;
  }

  private EnrichedStatement statement(String id, SplittableRandom r) {
    Vocabulary v = vocabulary;
    List<String[]> mentions = new ArrayList<>();
    for (int i = 0; i < 3 + r.nextInt(4); i++) {
      mentions.add(new String[] {EntityType.ORG.name(), popular(v.organisations, r)});
    }
    for (int i = 0; i < 3 + r.nextInt(5); i++) {
      mentions.add(new String[] {EntityType.PERSON.name(), popular(v.people, r)});
    }
    for (int i = 0; i < 2 + r.nextInt(4); i++) {
      mentions.add(new String[] {EntityType.LOC.name(), popular(v.places, r)});
    }
    List<String> topics = List.of(popular(v.topics, r), popular(v.topics, r), pick(v.topics, r));
    StringBuilder text = new StringBuilder(TEXT_CHARS + 200);
    List<Entity> entities = new ArrayList<>();
    int sentence = 0;
    while (text.length() < TEXT_CHARS) {
      int words = 12 + r.nextInt(18);
      for (int w = 0; w < words; w++) {
        if (w == 0) {
          String first = popular(v.words, r);
          text.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
        } else {
          text.append(' ').append(popular(v.words, r));
        }
        if (w == words / 2) {
          String[] m = mentions.get((sentence * 5 + r.nextInt(3)) % mentions.size());
          text.append(' ');
          if (entities.stream().noneMatch(e -> e.canonical().equals(m[1]))) {
            String watch = m[0].equals(EntityType.LOC.name()) ? null : Vocabulary.watchlistId(m[1]);
            entities.add(new Entity(m[0], m[1], m[1], text.length(), text.length() + m[1].length(), watch,
                null, null, null, List.of()));
          }
          text.append(m[1]);
        }
        if (w == words / 3 && sentence % 3 == 0) {
          text.append(' ').append(topics.get(sentence % topics.size()));
        }
      }
      text.append(". ");
      sentence++;
    }
    String title = "Statement on " + topics.getFirst() + " in " + pick(v.places, r);
    String[] tags = pick(TAGS, r);
    String source = tags[0] + "-source-" + r.nextInt(40);
    Instant at = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(r.nextInt(86_400 * 30));
    Statement s = new Statement(Statement.SCHEMA_VERSION, id, 1, false, "https://example.org/" + id,
        new Source(source, "rss", List.of(tags), "https://example.org/" + source + "/feed"), title, List.of(),
        at, at, "text/plain", text.toString(), Map.of(), "h-" + id);
    return new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, s, new LanguageInfo("en", 0.99, List.of()),
        entities, new Facts(null, text.length() / 6, pick(KINDS, r), List.of()), DuplicateInfo.original(id),
        List.of(), at);
  }

  private static String quoted(String phrase) {
    return "\"" + phrase + "\"";
  }

  private static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  private static <T> T pick(T[] array, SplittableRandom r) {
    return array[r.nextInt(array.length)];
  }

  /** A Zipf-like draw: low indices (the popular names and common words) come up far more often. */
  private static <T> T popular(List<T> list, SplittableRandom r) {
    double u = r.nextDouble();
    int index = (int) Math.floor(Math.pow(list.size() + 1.0, u)) - 1;
    return list.get(Math.min(list.size() - 1, Math.max(0, index)));
  }
}
