package org.statementmonitor.bench.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes statements of the monitored genre: letterheads in Azerbaijani or Chinese above English text,
 * appeals with demands, letters to officials, UN cover letters wrapping an annex, news reposts of an
 * earlier appeal (new lead, US spelling) and long signatory lists. Sizes run from 1 KB to 15 KB, most
 * between 3 and 7 KB. Deterministic for a seed; not thread-safe (one generator per thread).
 */
public final class StatementGenerator {

  /** Smallest text, in characters. */
  public static final int MIN_CHARS = 1_000;
  /** Largest text, in characters. */
  public static final int MAX_CHARS = 15_000;

  private static final int REMEMBERED_APPEALS = 50;

  private final SplittableRandom random;
  private final String idPrefix;
  private final Instant start;
  private final Deque<GeneratedStatement> appeals = new ArrayDeque<>();
  private long counter;

  /** A generator whose ids start with {@code idPrefix} and whose publication times start at {@code start}. */
  public StatementGenerator(long seed, String idPrefix, Instant start) {
    this.random = new SplittableRandom(seed);
    this.idPrefix = idPrefix;
    this.start = start;
  }

  /** A generator with ids {@code bench-N} published from now on. */
  public static StatementGenerator withSeed(long seed) {
    return new StatementGenerator(seed, "bench", Instant.now());
  }

  /** The next {@code n} statements. */
  public List<GeneratedStatement> next(int n) {
    return Stream.generate(this::next).limit(n).toList();
  }

  /** The next statement, of a kind drawn with the genre's proportions. */
  public GeneratedStatement next() {
    int roll = random.nextInt(100);
    StatementKind kind = roll < 30 ? StatementKind.APPEAL
        : roll < 50 ? StatementKind.LETTER_TO_OFFICIAL
        : roll < 65 ? StatementKind.UN_COVER_LETTER
        : roll < 85 ? StatementKind.NEWS_REPOST
        : StatementKind.SIGNATORY_LIST;
    return next(kind);
  }

  /** The next statement of one kind (a repost with no earlier appeal to repeat becomes an appeal). */
  public GeneratedStatement next(StatementKind kind) {
    if (kind == StatementKind.NEWS_REPOST && appeals.isEmpty()) {
      kind = StatementKind.APPEAL;
    }
    String id = idPrefix + "-" + (++counter);
    Instant published = start.plus(Duration.ofSeconds(counter));
    String[] org = pick(Vocabulary.ORGANISATIONS);
    int target = targetChars();
    GeneratedStatement made = switch (kind) {
      case APPEAL -> appeal(id, org, target, published);
      case LETTER_TO_OFFICIAL -> letter(id, org, target, published);
      case UN_COVER_LETTER -> coverLetter(id, org, target, published);
      case NEWS_REPOST -> repost(id, target, published);
      case SIGNATORY_LIST -> signatories(id, org, target, published);
    };
    if (made.kind() == StatementKind.APPEAL) {
      appeals.addLast(made);
      if (appeals.size() > REMEMBERED_APPEALS) {
        appeals.removeFirst();
      }
    }
    return made;
  }

  private int targetChars() {
    if (random.nextInt(10) < 6) {
      return 3_000 + random.nextInt(4_000);
    }
    return MIN_CHARS + random.nextInt(MAX_CHARS - MIN_CHARS - 2_000);
  }

  private GeneratedStatement appeal(String id, String[] org, int target, Instant published) {
    StringBuilder text = letterhead(org, published);
    String topic = pick(Vocabulary.TOPICS);
    text.append("Appeal of the ").append(org[0]).append(" to the international community on ").append(topic)
        .append("\n\n");
    text.append("The ").append(org[0]).append(", founded in ").append(1989 + random.nextInt(30)).append(" in ")
        .append(pick(Vocabulary.PLACES)).append(", ").append(pick(Vocabulary.VERBS))
        .append(" the international community to pay attention to ").append(topic).append(".\n\n");
    int demand = 1;
    while (text.length() < target - 400) {
      if (random.nextInt(3) == 0) {
        text.append(demand++).append(". ").append(capitalise(pick(Vocabulary.VERBS))).append(' ')
            .append(pick(Vocabulary.OFFICIALS)).append(" to support ").append(pick(Vocabulary.TOPICS))
            .append(" in accordance with resolution ").append(100 + random.nextInt(700)).append('/')
            .append(random.nextInt(80)).append(".\n\n");
      } else {
        text.append(paragraph()).append("\n\n");
      }
    }
    signature(text, org);
    return new GeneratedStatement(id, StatementKind.APPEAL, "Appeal on " + topic, fit(text, target), org[0],
        null, published);
  }

  private GeneratedStatement letter(String id, String[] org, int target, Instant published) {
    StringBuilder text = letterhead(org, published);
    String official = pick(Vocabulary.OFFICIALS);
    String person = person();
    text.append("The ").append(org[0]).append(" sent a letter to ").append(official).append(", ")
        .append(person).append(", concerning ").append(pick(Vocabulary.TOPICS)).append(".\n");
    text.append("The letter reads as follows:\n\u201C");
    while (text.length() < target - 300) {
      text.append(paragraph()).append('\n');
    }
    text.append(pick(Vocabulary.CLOSINGS)).append("\u201D\n\n");
    signature(text, org);
    return new GeneratedStatement(id, StatementKind.LETTER_TO_OFFICIAL, "Letter to " + official, fit(text, target),
        org[0], null, published);
  }

  private GeneratedStatement coverLetter(String id, String[] org, int target, Instant published) {
    StringBuilder text = new StringBuilder();
    String symbol = "A/" + (76 + random.nextInt(5)) + "/" + (100 + random.nextInt(800)) + "-S/"
        + (2020 + random.nextInt(6)) + "/" + (10 + random.nextInt(900));
    text.append("United Nations\n").append(symbol).append("\nGeneral Assembly  Security Council\n\n");
    text.append("Letter dated ").append(published.toString(), 0, 10).append(" from the Permanent Representative to the ")
        .append("United Nations addressed to the Secretary-General\n\n");
    text.append("I have the honour to transmit herewith the statement of the ").append(org[0])
        .append(" on ").append(pick(Vocabulary.TOPICS)).append(" (see annex).\n");
    text.append("I should be grateful if the present letter and its annex could be circulated as a document of ")
        .append("the General Assembly, under agenda item ").append(random.nextInt(150))
        .append(", and of the Security Council.\n(Signed) ").append(person()).append("\nAmbassador\n\n");
    text.append("Annex to the letter\n\n");
    text.append(letterhead(org, published));
    while (text.length() < target - 300) {
      text.append(paragraph()).append("\n\n");
    }
    signature(text, org);
    return new GeneratedStatement(id, StatementKind.UN_COVER_LETTER, "Letter transmitting the statement of "
        + org[0], fit(text, target), org[0], null, published);
  }

  private GeneratedStatement repost(String id, int target, Instant published) {
    GeneratedStatement original = pickFrom(new ArrayList<>(appeals));
    String outlet = pick(Vocabulary.OUTLETS);
    StringBuilder text = new StringBuilder();
    text.append(outlet).append(", ").append(pick(Vocabulary.PLACES)).append(" \u2013 ");
    text.append("The ").append(original.organisation()).append(" and other civil society organizations have ")
        .append("sent an appeal to the international community. ").append(americanise(paragraph())).append("\n\n");
    text.append(americanise(original.text()));
    text.append("\n\n").append(outlet).append(" will follow the story.");
    return new GeneratedStatement(id, StatementKind.NEWS_REPOST, original.title() + " | " + outlet,
        fit(text, Math.max(target, text.length())), original.organisation(), original.id(), published);
  }

  private GeneratedStatement signatories(String id, String[] org, int target, Instant published) {
    StringBuilder text = letterhead(org, published);
    text.append("Joint statement on ").append(pick(Vocabulary.TOPICS)).append("\n\n");
    text.append(paragraph()).append("\n\n").append(paragraph()).append("\n\nSignatories:\n");
    while (text.length() < target) {
      String[] other = pick(Vocabulary.ORGANISATIONS);
      text.append(person()).append(" \u2013 ").append(pick(Vocabulary.ROLES)).append(", ").append(other[0])
          .append('\n');
    }
    return new GeneratedStatement(id, StatementKind.SIGNATORY_LIST, "Joint statement of " + org[0],
        fit(text, target + 200), org[0], null, published);
  }

  private StringBuilder letterhead(String[] org, Instant published) {
    StringBuilder text = new StringBuilder();
    text.append(org[1]).append('\n').append(org[0]).append('\n').append(pick(Vocabulary.PLACES)).append(", ")
        .append(published.toString(), 0, 10).append("\n\n");
    return text;
  }

  private void signature(StringBuilder text, String[] org) {
    text.append("/signature/\n\n").append(person()).append('\n').append(pick(Vocabulary.ROLES)).append(" of the ")
        .append(org[0]).append('\n');
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder();
    int sentences = 2 + random.nextInt(4);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        p.append(' ');
      }
      switch (random.nextInt(4)) {
        case 0 -> p.append("As ").append(person()).append(" said in ").append(pick(Vocabulary.PLACES)).append(", ")
            .append(pick(Vocabulary.CLAIMS)).append('.');
        case 1 -> p.append("On ").append(1 + random.nextInt(28)).append(' ').append(month()).append(' ')
            .append(1988 + random.nextInt(36)).append(", ").append(pick(Vocabulary.CLAIMS)).append('.');
        case 2 -> p.append("The organisation ").append(pick(Vocabulary.VERBS)).append(' ')
            .append(pick(Vocabulary.OFFICIALS)).append(" because ").append(pick(Vocabulary.CLAIMS)).append('.');
        default -> p.append(capitalise(pick(Vocabulary.CLAIMS))).append(", and some ")
            .append(1_000 + random.nextInt(300_000)).append(" people are affected.");
      }
    }
    return p.toString();
  }

  private String person() {
    return pick(Vocabulary.FIRST_NAMES) + " " + pick(Vocabulary.LAST_NAMES);
  }

  private String month() {
    return java.time.Month.of(1 + random.nextInt(12)).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
  }

  private static String americanise(String text) {
    return text.replace("organisation", "organization").replace("recognised", "recognized")
        .replace("honour", "honor").replace("Centre", "Center");
  }

  private static String fit(StringBuilder text, int max) {
    if (text.length() <= max) {
      return text.toString();
    }
    int cut = text.lastIndexOf("\n", max);
    return text.substring(0, cut > MIN_CHARS ? cut : max);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pickFrom(List<T> list) {
    return pick(list);
  }
}
