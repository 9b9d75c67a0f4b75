package org.statementmonitor.ingest.seen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids and content hashes. A statement's id is the first 128 bits of SHA-256 of its seen key
 * (the normalised URL, or a scoped GUID for items without a link), in hex: the same statement gets the
 * same id on every poll, after restarts and on every instance.
 */
public final class StatementIds {

  private StatementIds() {}

  /** The seen key of a linked item. */
  public static String urlKey(String url) {
    return UrlNormaliser.normalise(url);
  }

  /** The seen key of an item known only by its GUID in a given feed. */
  public static String guidKey(String feedKey, String guid) {
    return "guid:" + feedKey + "#" + guid.trim();
  }

  /** The statement id of a seen key. */
  public static String idOf(String key) {
    return sha256(key).substring(0, 32);
  }

  /**
   * The hash of a statement's text, insensitive to whitespace differences, so that a page re-rendered
   * with other spacing is not a new version.
   */
  public static String contentHash(String text) {
    return sha256(text.replaceAll("\\s+", " ").strip());
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
