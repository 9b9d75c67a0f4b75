package org.statementmonitor.ingest.config;

import java.util.Locale;

/** The kinds of source ingest can watch. */
public enum SourceType {
  /** RSS 0.9x/1.0/2.0, Atom 1.0 or JSON Feed, detected from the content. */
  FEED,
  /** An XML sitemap, sitemap index or news sitemap. */
  SITEMAP,
  /** A listing page watched for new links matching a CSS selector. */
  PAGE,
  /** A local drop folder: each file is ingested once. */
  FOLDER,
  /** Statements pushed over HTTP (not configured as a source; used in records). */
  PUSH;

  /** The name used in configuration and in {@code Source.type}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configured type; rss, atom and jsonfeed are accepted as feed. */
  public static SourceType parse(String text) {
    String t = text == null ? "feed" : text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "feed", "rss", "atom", "jsonfeed", "json-feed" -> FEED;
      case "sitemap", "news-sitemap" -> SITEMAP;
      case "page" -> PAGE;
      case "folder" -> FOLDER;
      default -> throw new IllegalArgumentException("source type '" + text
          + "' is not one of feed, sitemap, page, folder");
    };
  }
}
