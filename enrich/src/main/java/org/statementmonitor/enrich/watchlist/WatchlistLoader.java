package org.statementmonitor.enrich.watchlist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.statementmonitor.common.json.Json;

/**
 * Reads a watchlist YAML file: either a list of entries or a mapping with an {@code entries} list.
 *
 * <pre>
 * entries:
 *   - id: wac
 *     name: Western Azerbaijan Community
 *     type: ORG
 *     aliases: [Qərbi Azərbaycan İcması, Society of Azerbaijani Refugees]
 * </pre>
 */
public final class WatchlistLoader {

  private static final ObjectMapper YAML = Json.configure(new ObjectMapper(new YAMLFactory()));

  private WatchlistLoader() {}

  /** Parses the file; throws {@link IllegalArgumentException} naming the file and the problem. */
  public static Watchlist load(Path file, boolean transliteration) {
    try {
      return parse(Files.readString(file), transliteration);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read watchlist " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("watchlist " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text. */
  public static Watchlist parse(String yaml, boolean transliteration) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new Watchlist(List.of(), transliteration);
    }
    JsonNode list = root.isArray() ? root : root.path("entries");
    if (!list.isArray()) {
      throw new IllegalArgumentException("expected a list of entries or a mapping with 'entries'");
    }
    List<WatchlistEntry> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      try {
        entries.add(YAML.treeToValue(list.get(i), WatchlistEntry.class));
      } catch (IOException | IllegalArgumentException e) {
        Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
        throw new IllegalArgumentException("entry " + (i + 1) + ": " + cause.getMessage(), e);
      }
    }
    return new Watchlist(entries, transliteration);
  }
}
