package org.statementmonitor.testkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Reproducible hostile inputs derived from a few valid seed documents. Each input is one of: random
 * bytes, random text mixing scripts and control characters, a seed truncated, a seed with bytes
 * flipped, a seed with a slice repeated, a seed with deep nesting spliced in, or a seed re-encoded.
 * The same seed number always yields the same inputs, so a failure can be replayed.
 */
public final class FuzzInputs {

  /** Largest input produced, so a sweep stays within its time budget. */
  public static final int MAX_LENGTH = 256 * 1024;

  private static final String[] FRAGMENTS = {
    "<", ">", "</", "<![CDATA[", "]]>", "&", "&#0;", "&#xD800;", "{", "}", "[", "]", "\"", "\\", ":",
    "\u0000", "\uFEFF", "\uFFFD", "\u202E", "ə", "İ", "ı", "中文", "Qərbi", "\r\n", "\t", "${", "}}",
    "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "%PDF-1.4", "PK\u0003\u0004"
  };

  private final Random random;
  private final List<byte[]> seeds;

  private FuzzInputs(long seed, List<byte[]> seeds) {
    this.random = new Random(seed);
    this.seeds = seeds.isEmpty() ? List.of("x".getBytes(StandardCharsets.UTF_8)) : List.copyOf(seeds);
  }

  /** A generator over the given valid documents. */
  public static FuzzInputs from(long seed, List<String> validDocuments) {
    List<byte[]> bytes = new ArrayList<>();
    for (String doc : validDocuments) {
      bytes.add(doc.getBytes(StandardCharsets.UTF_8));
    }
    return new FuzzInputs(seed, bytes);
  }

  /** A generator over the given valid byte documents (PDFs, DOCX...). */
  public static FuzzInputs fromBytes(long seed, List<byte[]> validDocuments) {
    return new FuzzInputs(seed, validDocuments);
  }

  /** The next {@code count} inputs. */
  public List<byte[]> next(int count) {
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next());
    }
    return out;
  }

  /** The next {@code count} inputs as UTF-8 text (invalid sequences replaced). */
  public List<String> nextText(int count) {
    List<String> out = new ArrayList<>(count);
    for (byte[] b : next(count)) {
      out.add(new String(b, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** One input. */
  public byte[] next() {
    byte[] seed = seeds.get(random.nextInt(seeds.size()));
    byte[] result = switch (random.nextInt(8)) {
      case 0 -> randomBytes(random.nextInt(4096));
      case 1 -> randomText(random.nextInt(2048)).getBytes(StandardCharsets.UTF_8);
      case 2 -> Arrays.copyOf(seed, random.nextInt(seed.length + 1));
      case 3 -> flip(seed);
      case 4 -> repeatSlice(seed);
      case 5 -> splice(seed, nesting());
      case 6 -> splice(seed, randomText(64).getBytes(StandardCharsets.UTF_8));
      default -> new String(seed, StandardCharsets.UTF_8).getBytes(random.nextBoolean()
          ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    };
    return result.length > MAX_LENGTH ? Arrays.copyOf(result, MAX_LENGTH) : result;
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private String randomText(int n) {
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      if (random.nextInt(4) == 0) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      } else {
        sb.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x3000) : 0x20 + random.nextInt(0x5f));
      }
    }
    return sb.toString();
  }

  private byte[] flip(byte[] seed) {
    byte[] b = seed.clone();
    int flips = 1 + random.nextInt(Math.max(1, b.length / 50 + 1));
    for (int i = 0; i < flips && b.length > 0; i++) {
      b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return b;
  }

  private byte[] repeatSlice(byte[] seed) {
    if (seed.length == 0) {
      return seed;
    }
    int from = random.nextInt(seed.length);
    int to = Math.min(seed.length, from + 1 + random.nextInt(64));
    byte[] slice = Arrays.copyOfRange(seed, from, to);
    int times = 1 + random.nextInt(Math.max(1, MAX_LENGTH / 2 / Math.max(1, slice.length)));
    byte[] repeated = new byte[Math.min(MAX_LENGTH, slice.length * times)];
    for (int i = 0; i < repeated.length; i++) {
      repeated[i] = slice[i % slice.length];
    }
    return splice(seed, repeated);
  }

  private byte[] nesting() {
    String open = switch (random.nextInt(3)) {
      case 0 -> "<div>";
      case 1 -> "[";
      default -> "{\"a\":";
    };
    return open.repeat(1 + random.nextInt(5000)).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] splice(byte[] seed, byte[] insert) {
    int at = seed.length == 0 ? 0 : random.nextInt(seed.length + 1);
    byte[] out = new byte[seed.length + insert.length];
    System.arraycopy(seed, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(seed, at, out, at + insert.length, seed.length - at);
    return out;
  }
}
