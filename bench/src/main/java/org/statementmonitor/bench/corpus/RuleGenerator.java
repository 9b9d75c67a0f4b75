package org.statementmonitor.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes alert rules of the kinds operators write: words and phrases in the text, organisations and
 * people as entities, combinations with a source tag or language. Most rules name words the generated
 * statements rarely or never contain (as in a real rule book, where a statement matches a handful of
 * thousands of rules); one in {@value #MATCHING_EVERY} names an organisation of the corpus, so alerts
 * do fire. Deterministic for a seed.
 */
public final class RuleGenerator {

  /** Every this many rules, one names a word the generated statements contain. */
  public static final int MATCHING_EVERY = 50;

  private static final String[] RARE_WORDS = {"desalination", "hydropower", "archaeology", "pipeline",
      "earthquake", "vaccination", "drought", "ceasefire", "border", "election", "sanctions", "census",
      "railway", "uranium", "fisheries", "wildfire", "tariff", "famine", "scholarship", "monastery"};

  private final SplittableRandom random;

  public RuleGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code count} rules as {@code name -> Lucene query} pairs over the alert fields. */
  public List<GeneratedRule> rules(int count) {
    List<GeneratedRule> rules = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rules.add(new GeneratedRule("bench-rule-" + i, query(i)));
    }
    return rules;
  }

  /** The rules as the YAML the alerts service reads; {@code channels} is added to every rule when not null. */
  public static String yaml(List<GeneratedRule> rules, String channel) {
    StringBuilder yaml = new StringBuilder("rules:\n");
    for (GeneratedRule rule : rules) {
      yaml.append("  - name: ").append(rule.name()).append('\n')
          .append("    query: '").append(rule.query().replace("'", "''")).append("'\n");
      if (channel != null) {
        yaml.append("    channels: [").append(channel).append("]\n");
      }
    }
    return yaml.toString();
  }

  private String query(int i) {
    if (i % MATCHING_EVERY == 0) {
      String[] org = Vocabulary.ORGANISATIONS.get((i / MATCHING_EVERY) % Vocabulary.ORGANISATIONS.size());
      return "\"" + org[0].toLowerCase(java.util.Locale.ROOT) + "\"";
    }
    String word = RARE_WORDS[random.nextInt(RARE_WORDS.length)] + suffix(i);
    return switch (random.nextInt(5)) {
      case 0 -> word;
      case 1 -> "\"" + word + " " + RARE_WORDS[random.nextInt(RARE_WORDS.length)] + "\"";
      case 2 -> "entity.org:\"" + word + " council\"";
      case 3 -> word + " AND source.tags:ngo";
      default -> "(" + word + " OR " + RARE_WORDS[random.nextInt(RARE_WORDS.length)] + suffix(i + 1)
          + ") AND NOT language:zh";
    };
  }

  private static String suffix(int i) {
    // distinct words per rule, as in a large book where rules rarely share their terms
    return i % 3 == 0 ? "" : Integer.toString(i, 36);
  }

  /** One generated rule. */
  public record GeneratedRule(String name, String query) {}
}
