package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.openhft.hashing.LongHashFunction;
import org.statementmonitor.enrich.dedup.ContentSegmenter.Segment;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;

/**
 * Turns a statement's text into its {@link Fingerprint}: exact key, MinHash sketch and LSH band keys
 * over word shingles of the prose content (XXH3 hashes), and sentence keys for passage reuse.
 * Stateless and thread-safe; time and memory are bounded by {@link #MAX_SHINGLES}.
 */
public final class Fingerprinter {

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;
  /** MinHash permutations kept in the sketch. */
  public static final int PERMUTATIONS = 64;
  /** LSH bands. */
  public static final int BANDS = 20;
  /** MinHash rows per band; bands x rows must not exceed the permutations. */
  public static final int ROWS = 3;
  /** Most shingles looked at in one statement (about 200 KB of text). */
  public static final int MAX_SHINGLES = 30_000;
  /** Fewest words for a sentence to count as a passage. */
  public static final int MIN_SENTENCE_WORDS = 8;
  /** Sentences stored per statement for passage lookup (a bottom-k sample by hash). */
  public static final int INDEXED_SENTENCES = 16;
  /** Below this many prose words the whole text is used as content. */
  static final int MIN_PROSE_WORDS = 40;

  private static final LongHashFunction SHINGLE_HASH = LongHashFunction.xx3(0x5eed_0001L);
  private static final LongHashFunction EXACT_HASH = LongHashFunction.xx3(0x5eed_0002L);
  private static final LongHashFunction BAND_HASH = LongHashFunction.xx3(0x5eed_0003L);
  private static final LongHashFunction SENTENCE_HASH = LongHashFunction.xx3(0x5eed_0004L);
  private static final long[] SEEDS = seeds();

  private Fingerprinter() {}

  /** The fingerprint of a statement text (plain text or HTML). */
  public static Fingerprint fingerprint(String rawText) {
    String text = TextNormalizer.stripMarkup(rawText.length() > TextNormalizer.MAX_CHARS
        ? rawText.substring(0, TextNormalizer.MAX_CHARS) : rawText);
    List<Segment> segments = ContentSegmenter.segment(text);
    List<String> content = contentWords(segments);
    long[] shingles = shingles(content);
    if (shingles.length == 0) {
      return new Fingerprint(0, new Sketch(new byte[0], 0), new long[0], List.of(), text);
    }
    long exact = EXACT_HASH.hashChars(TextNormalizer.normalizeForExact(text)) | 1L;
    long[] minima = minhash(shingles);
    byte[] sketch = new byte[PERMUTATIONS];
    for (int i = 0; i < PERMUTATIONS; i++) {
      sketch[i] = (byte) minima[i];
    }
    return new Fingerprint(exact, new Sketch(sketch, shingles.length), bandKeys(minima),
        sentences(segments), text);
  }

  /** The distinct content shingle hashes of a text (for measurement). */
  static long[] contentShingles(String rawText) {
    return shingles(contentWords(ContentSegmenter.segment(TextNormalizer.stripMarkup(rawText))));
  }

  private static List<String> contentWords(List<Segment> segments) {
    List<String> prose = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Segment s : segments) {
      if (all.size() > MAX_SHINGLES + SHINGLE_WORDS) {
        break;
      }
      all.addAll(s.words());
      if (s.prose()) {
        prose.addAll(s.words());
      }
    }
    return prose.size() >= MIN_PROSE_WORDS ? prose : all;
  }

  /** Distinct XXH3 hashes of the word shingles, sorted. */
  static long[] shingles(List<String> words) {
    int n = Math.min(words.size() - SHINGLE_WORDS + 1, MAX_SHINGLES);
    if (n <= 0) {
      return new long[0];
    }
    long[] out = new long[n];
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < n; i++) {
      b.setLength(0);
      for (int j = 0; j < SHINGLE_WORDS; j++) {
        b.append(words.get(i + j)).append(' ');
      }
      out[i] = SHINGLE_HASH.hashChars(b);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /** One minimum per permutation; permutation i is a 64-bit mix of the shingle hash with seed i. */
  static long[] minhash(long[] shingles) {
    long[] minima = new long[PERMUTATIONS];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (long h : shingles) {
      for (int i = 0; i < PERMUTATIONS; i++) {
        long v = mix(h ^ SEEDS[i]) & Long.MAX_VALUE;
        if (v < minima[i]) {
          minima[i] = v;
        }
      }
    }
    return minima;
  }

  private static long[] bandKeys(long[] minima) {
    long[] keys = new long[BANDS];
    long[] row = new long[ROWS + 1];
    for (int band = 0; band < BANDS; band++) {
      row[0] = band;
      System.arraycopy(minima, band * ROWS, row, 1, ROWS);
      keys[band] = BAND_HASH.hashLongs(row);
    }
    return keys;
  }

  private static List<SentenceKey> sentences(List<Segment> segments) {
    int proseWords = 0;
    for (Segment s : segments) {
      proseWords += s.prose() ? s.words().size() : 0;
    }
    List<long[]> found = new ArrayList<>();
    int wordsBefore = 0;
    for (Segment s : segments) {
      if (!s.prose()) {
        continue;
      }
      if (s.words().size() >= MIN_SENTENCE_WORDS) {
        long key = SENTENCE_HASH.hashChars(String.join(" ", s.words()));
        found.add(new long[] {key, s.start(), s.end(),
            zone(wordsBefore, wordsBefore + s.words().size(), proseWords).ordinal()});
      }
      wordsBefore += s.words().size();
    }
    long[] sample = found.stream().mapToLong(f -> f[0]).sorted().distinct()
        .limit(INDEXED_SENTENCES).toArray();
    long cutoff = sample.length == 0 ? Long.MIN_VALUE : sample[sample.length - 1];
    List<SentenceKey> out = new ArrayList<>(found.size());
    for (long[] f : found) {
      out.add(new SentenceKey(f[0], (int) f[1], (int) f[2], Zone.values()[(int) f[3]], f[0] <= cutoff));
    }
    return out;
  }

  /**
   * Where a sentence sits among the prose of its statement (furniture such as a signatory list does
   * not count, so an "about us" paragraph before a long list of signatories is still the tail).
   */
  private static Zone zone(int startWord, int endWord, int proseWords) {
    if (startWord < proseWords * 0.15) {
      return Zone.HEAD;
    }
    return endWord > proseWords * 0.85 ? Zone.TAIL : Zone.BODY;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[PERMUTATIONS];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < PERMUTATIONS; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
    return seeds;
  }
}
