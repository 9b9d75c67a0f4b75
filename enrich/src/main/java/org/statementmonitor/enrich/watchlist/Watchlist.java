package org.statementmonitor.enrich.watchlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statementmonitor.enrich.entities.FoldedText;
import org.statementmonitor.enrich.entities.PhraseTrie;
import org.statementmonitor.enrich.entities.Tokens;
import org.statementmonitor.enrich.entities.TransliterationKey;

/**
 * An immutable, compiled watchlist. Exact matching folds case, diacritics, dotted/dotless i and the
 * Azerbaijani letters, and ignores hyphens, quotes, possessives and line breaks inside a name (a
 * character trie over {@link FoldedText}); optional transliteration-variant matching compares
 * {@link TransliterationKey}s word by word (Alakbarli/Alakbarov, Khankendi/Khankandi). Thread-safe.
 */
public final class Watchlist {

  /** A watchlist name found in a text; {@code variant} when only the transliteration key matched. */
  public record Hit(int start, int end, WatchlistEntry entry, boolean variant) {}

  private static final Watchlist EMPTY = new Watchlist(List.of(), false);

  private final List<WatchlistEntry> entries;
  private final PhraseTrie<WatchlistEntry> exact;
  private final Map<String, WatchlistEntry> variants;
  private final int maxVariantWords;
  private final boolean transliteration;

  /** Compiles entries; with {@code transliteration} also matches transliteration variants. */
  public Watchlist(List<WatchlistEntry> entries, boolean transliteration) {
    this.entries = List.copyOf(entries);
    this.transliteration = transliteration;
    Set<String> ids = new HashSet<>();
    PhraseTrie.Builder<WatchlistEntry> builder = PhraseTrie.builder();
    Map<String, WatchlistEntry> keys = new HashMap<>();
    int maxWords = 0;
    for (WatchlistEntry e : this.entries) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("watchlist id '" + e.id() + "' is used twice");
      }
      for (String spelling : e.spellings()) {
        builder.add(spelling, e);
        String key = TransliterationKey.of(spelling);
        if (!key.isEmpty()) {
          keys.putIfAbsent(key, e);
          maxWords = Math.max(maxWords, key.split(" ").length);
        }
      }
    }
    this.exact = builder.build();
    this.variants = Map.copyOf(keys);
    this.maxVariantWords = maxWords;
  }

  /** A watchlist with no entries. */
  public static Watchlist empty() {
    return EMPTY;
  }

  /** The entries. */
  public List<WatchlistEntry> entries() {
    return entries;
  }

  /** True when there is nothing to match. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Every watchlist name in the text, longest first at each position, without overlaps. */
  public List<Hit> find(String text) {
    if (entries.isEmpty() || text == null || text.isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    int lastEnd = -1;
    for (PhraseTrie.Match<WatchlistEntry> m : exact.findAll(FoldedText.of(text))) {
      if (m.start() >= lastEnd) {
        hits.add(new Hit(m.start(), m.end(), m.values().get(0), false));
        lastEnd = m.end();
      }
    }
    if (transliteration) {
      addVariants(text, hits);
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::start));
    return hits;
  }

  private void addVariants(String text, List<Hit> hits) {
    Tokens tokens = Tokens.of(text);
    java.util.BitSet used = new java.util.BitSet();
    hits.forEach(h -> used.set(h.start(), h.end()));
    String[] keys = new String[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      keys[i] = tokens.kind(i) == Tokens.Kind.WORD ? TransliterationKey.of(tokens.text(i)) : null;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (keys[i] == null || !tokens.isCapitalized(i)) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      WatchlistEntry found = null;
      int foundEnd = -1;
      for (int j = i; j < tokens.size() && j - i < maxVariantWords && keys[j] != null; j++) {
        if (j > i) {
          key.append(' ');
        }
        key.append(keys[j]);
        WatchlistEntry e = variants.get(key.toString());
        if (e != null) {
          found = e;
          foundEnd = j;
        }
      }
      if (found != null) {
        int s = tokens.start(i);
        int end = tokens.end(foundEnd);
        int next = used.nextSetBit(s);
        if (next < 0 || next >= end) {
          hits.add(new Hit(s, end, found, true));
          used.set(s, end);
        }
        i = foundEnd;
      }
    }
  }
}
