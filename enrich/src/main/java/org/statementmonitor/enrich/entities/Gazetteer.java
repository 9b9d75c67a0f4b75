package org.statementmonitor.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statementmonitor.common.event.EntityType;

/**
 * The dictionaries the rule-based recogniser ships with (resources next to this class): countries,
 * places (with spelling variants), organisations (with acronyms), legal instruments, roles and
 * titles, given names and common capitalised words. Loaded once; immutable and thread-safe.
 */
public final class Gazetteer {

  /** One dictionary phrase: its entity type, canonical name, and whether it is an acronym. */
  public record Entry(EntityType type, String canonical, boolean acronym) {}

  private static volatile Gazetteer shared;

  private final PhraseTrie<Entry> phrases;
  private final PhraseTrie<String> roles;
  private final Set<String> roleWords;
  private final Set<String> givenNames;
  private final Set<String> commonWords;

  private Gazetteer() {
    PhraseTrie.Builder<Entry> builder = PhraseTrie.builder();
    load("countries.txt", EntityType.LOC, builder);
    load("places.txt", EntityType.LOC, builder);
    load("organizations.txt", EntityType.ORG, builder);
    load("laws.txt", EntityType.LAW, builder);
    this.phrases = builder.build();
    PhraseTrie.Builder<String> roleBuilder = PhraseTrie.builder();
    Set<String> words = new HashSet<>();
    for (String line : lines("roles.txt")) {
      for (String role : line.split("\\|")) {
        String r = role.trim();
        if (!r.isEmpty()) {
          roleBuilder.add(r, r);
          for (String w : r.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
              words.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    this.roles = roleBuilder.build();
    this.roleWords = Set.copyOf(words);
    this.givenNames = words("given-names.txt", false);
    this.commonWords = words("common-words.txt", true);
  }

  /** The shipped gazetteer, loaded on first use. */
  public static Gazetteer shared() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = shared;
        if (g == null) {
          g = new Gazetteer();
          shared = g;
        }
      }
    }
    return g;
  }

  /** Places, organisations and legal instruments. */
  public PhraseTrie<Entry> phrases() {
    return phrases;
  }

  /** Titles and roles ("Permanent Representative", "Mr."). */
  public PhraseTrie<String> roles() {
    return roles;
  }

  /** True when the word (any case) is a word of a title or role. */
  public boolean isRoleWord(String word) {
    return roleWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the word is a known given name (case-sensitive, as written in names). */
  public boolean isGivenName(String word) {
    return givenNames.contains(word);
  }

  /** True when the word (any case) is a function word or common sentence starter. */
  public boolean isCommonWord(String word) {
    return commonWords.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void load(String resource, EntityType type, PhraseTrie.Builder<Entry> builder) {
    for (String line : lines(resource)) {
      String[] names = line.split("\\|");
      String canonical = names[0].trim();
      for (String name : names) {
        String n = name.trim();
        if (!n.isEmpty()) {
          builder.add(n, new Entry(type, canonical, isAcronym(n)));
        }
      }
    }
  }

  /** True for a short all-capitals token such as "OSCE" or "U.N.". */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 && letters <= 8;
  }

  private static Set<String> words(String resource, boolean lowerCase) {
    Set<String> out = new HashSet<>();
    for (String line : lines(resource)) {
      for (String w : line.split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
        }
      }
    }
    return Set.copyOf(out);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + resource, e);
    }
    return out;
  }
}
