package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.statementmonitor.common.event.EntityType;

/**
 * The default {@link EntityRecognizer}: gazetteers (places, organisations, legal instruments),
 * patterns (dates, figures, document and legal references), capitalised-name chunking typed by cue
 * words, and signature lists; then overlaps resolved and names canonicalised by
 * {@link MentionResolver}. No statistical model, so it is fast (well under a millisecond per 5 KB)
 * and deterministic. Thread-safe.
 */
public final class RuleBasedRecognizer implements EntityRecognizer {

  private final Gazetteer gazetteer;
  private final SignatureParser signatures;

  /** A recogniser over the shipped gazetteer. */
  public RuleBasedRecognizer() {
    this(Gazetteer.shared());
  }

  /** A recogniser over the given gazetteer. */
  public RuleBasedRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.signatures = new SignatureParser(gazetteer);
  }

  @Override
  public Recognition recognize(String text, long deadlineNanos) {
    if (text == null || text.isBlank()) {
      return new Recognition(List.of(), false);
    }
    Tokens tokens = Tokens.of(text);
    FoldedText folded = FoldedText.of(text);
    List<Mention> mentions = new ArrayList<>();
    boolean[] known = new boolean[tokens.size()];
    addDictionaryMatches(text, folded, tokens, known, mentions);
    int[] roleEnd = roleEnds(text, folded, tokens);
    if (System.nanoTime() > deadlineNanos) {
      return new Recognition(new MentionResolver(text, tokens).resolve(mentions), true);
    }
    Spans taken = new Spans();
    ReferencePatterns.find(text, mentions, taken);
    DatePatterns.find(text, mentions, taken);
    QuantityPatterns.find(text, mentions, taken);
    boolean timedOut = System.nanoTime() > deadlineNanos;
    if (!timedOut) {
      addSignatures(text, mentions);
      ScriptLetterheads.find(text, mentions);
      new NameChunker(tokens, gazetteer, known, roleEnd, mentions).run(deadlineNanos);
      new OrganisationCues(tokens, gazetteer, known, mentions).run();
      new PlaceCues(tokens, gazetteer, known, mentions).run();
      timedOut = System.nanoTime() > deadlineNanos;
    }
    return new Recognition(new MentionResolver(text, tokens).resolve(mentions), timedOut);
  }

  private void addDictionaryMatches(String text, FoldedText folded, Tokens tokens, boolean[] known,
      List<Mention> out) {
    for (PhraseTrie.Match<Gazetteer.Entry> match : gazetteer.phrases().findAll(folded)) {
      Gazetteer.Entry entry = pick(text, match);
      if (entry == null) {
        continue;
      }
      out.add(Mention.of(entry.type(), match.start(), match.end(), Priorities.GAZETTEER, entry.canonical()));
      for (int k = tokenAt(tokens, match.start()); k >= 0 && k < tokens.size() && tokens.start(k) < match.end(); k++) {
        known[k] = true;
      }
    }
  }

  private static Gazetteer.Entry pick(String text, PhraseTrie.Match<Gazetteer.Entry> match) {
    String surface = text.substring(match.start(), match.end());
    boolean upper = !surface.chars().anyMatch(Character::isLowerCase);
    char first = surface.charAt(0);
    for (Gazetteer.Entry e : match.values()) {
      if (e.acronym() ? upper : (Character.isUpperCase(first) || Character.isDigit(first))) {
        if (!e.acronym() && upper && surface.length() <= 3) {
          continue;
        }
        return e;
      }
    }
    return null;
  }

  private int[] roleEnds(String text, FoldedText folded, Tokens tokens) {
    int[] roleEnd = new int[tokens.size()];
    Arrays.fill(roleEnd, -1);
    for (PhraseTrie.Match<String> match : gazetteer.roles().findAll(folded)) {
      if (!Character.isUpperCase(text.charAt(match.start()))) {
        continue;
      }
      int start = tokenAt(tokens, match.start());
      if (start < 0) {
        continue;
      }
      int end = start;
      while (end < tokens.size() && tokens.start(end) < match.end()) {
        end++;
      }
      while (end < tokens.size() && tokens.isPunct(end, '.')) {
        end++;
      }
      roleEnd[start] = end;
    }
    return roleEnd;
  }

  private void addSignatures(String text, List<Mention> out) {
    for (SignatureParser.Signature s : signatures.parse(text)) {
      Mention person = Mention.of(EntityType.PERSON, s.nameStart(), s.nameEnd(), Priorities.SIGNATURE, null);
      person.role = s.role();
      out.add(person);
      if (s.organization() != null && (looksLikeOrganization(s.organization())
          || isProperName(s.organization()) && !isPlace(out, s.orgStart(), s.orgEnd()))) {
        out.add(Mention.of(EntityType.ORG, s.orgStart(), s.orgStart() + withoutSeat(s.organization()).length(),
            Priorities.SIGNATURE - 1, null));
      }
    }
  }

  /** "Azerbaijan House in Brussels": the organisation without the place it sits in, which stays a place. */
  private static String withoutSeat(String org) {
    int in = org.lastIndexOf(" in ");
    return in > 0 && in + 4 < org.length() && Character.isUpperCase(org.charAt(in + 4)) ? org.substring(0, in) : org;
  }

  /** "Ingush Voice": two to six capitalised words after a signatory's role name an organisation. */
  private boolean isProperName(String org) {
    String[] words = org.split("[\\s,]+");
    int proper = 0;
    for (String w : words) {
      if (w.isEmpty() || NameChunker.CONNECTORS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || gazetteer.isRoleWord(w)) {
        return false;
      }
      proper += gazetteer.isCommonWord(w) || NameHeads.isNotName(w) ? 0 : 1;
    }
    return words.length >= 2 && words.length <= 6 && proper >= 1;
  }

  /** True when a known place covers the span ("– Director, Tbilisi"). */
  private static boolean isPlace(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.type == EntityType.LOC && m.start <= start && m.end >= end - 1) {
        return true;
      }
    }
    return false;
  }

  private boolean looksLikeOrganization(String org) {
    boolean head = false;
    boolean proper = false;
    for (String w : org.split("[\\s,\"“”]+")) {
      if (w.isEmpty()) {
        continue;
      }
      EntityType type = NameHeads.headType(w);
      head |= type == EntityType.ORG || Gazetteer.isAcronym(w);
      proper |= type == null && Character.isUpperCase(w.charAt(0)) && !gazetteer.isCommonWord(w);
    }
    return head && proper;
  }

  /** Index of the token starting at offset (or containing it), or -1. */
  static int tokenAt(Tokens tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.end(mid) <= offset) {
        lo = mid + 1;
      } else if (tokens.start(mid) > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
