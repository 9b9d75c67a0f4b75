package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;

/**
 * Turns candidate mentions into entities: keeps the strongest of overlapping mentions (signatures
 * and patterns first, then the longest), links acronyms defined in the text ("Organization for
 * Security and Co-operation in Europe (OSCE)") to their long form, finds later mentions of a
 * person by surname, and gives every spelling of one entity a single canonical name with all its
 * surface forms.
 */
final class MentionResolver {

  private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z]?[A-Z&-]{1,8})\\s*\\)");

  private final String text;
  private final Tokens tokens;

  MentionResolver(String text, Tokens tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  List<Entity> resolve(List<Mention> candidates) {
    List<Mention> kept = selectNonOverlapping(candidates);
    linkAcronyms(kept);
    propagateSurnames(kept);
    kept.sort(Comparator.comparingInt(m -> m.start));
    return canonicalise(kept);
  }

  private static List<Mention> selectNonOverlapping(List<Mention> candidates) {
    List<Mention> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.<Mention>comparingInt(m -> m.priority >= Priorities.SIGNATURE - 1 ? 0 : 1)
        .thenComparing(Comparator.comparingInt(Mention::length).reversed())
        .thenComparing(Comparator.comparingInt((Mention m) -> m.priority).reversed()));
    List<Mention> kept = new ArrayList<>();
    java.util.BitSet used = new java.util.BitSet();
    for (Mention m : sorted) {
      if (m.end <= m.start) {
        continue;
      }
      int next = used.nextSetBit(m.start);
      if (next >= 0 && next < m.end) {
        continue;
      }
      used.set(m.start, m.end);
      kept.add(m);
    }
    return kept;
  }

  private void linkAcronyms(List<Mention> kept) {
    Map<String, Mention> defined = new HashMap<>();
    for (Mention m : List.copyOf(kept)) {
      if (m.type != EntityType.ORG && m.type != EntityType.LAW && m.type != EntityType.LOC) {
        continue;
      }
      Matcher a = ACRONYM_AFTER.matcher(text.substring(m.end, Math.min(text.length(), m.end + 16)));
      if (a.find() && m.length() > a.group(1).length() + 3) {
        String acronym = a.group(1);
        String longForm = m.canonical != null ? m.canonical : text.substring(m.start, m.end);
        defined.put(acronym, m);
        int s = m.end + a.start(1);
        kept.removeIf(o -> o.start >= s && o.end <= s + acronym.length());
        kept.add(Mention.of(m.type, s, s + acronym.length(), Priorities.GAZETTEER, longForm));
      }
    }
    if (defined.isEmpty()) {
      return;
    }
    java.util.BitSet used = new java.util.BitSet();
    kept.forEach(m -> used.set(m.start, m.end));
    for (int i = 0; i < tokens.size(); i++) {
      Mention def = defined.get(tokens.text(i));
      if (def != null && used.nextSetBit(tokens.start(i)) < 0 || def != null && used.nextSetBit(tokens.start(i)) >= tokens.end(i)) {
        String longForm = def.canonical != null ? def.canonical : text.substring(def.start, def.end);
        kept.add(Mention.of(def.type, tokens.start(i), tokens.end(i), Priorities.GAZETTEER, longForm));
        used.set(tokens.start(i), tokens.end(i));
      } else if (def != null) {
        for (Mention m : kept) {
          if (m.start == tokens.start(i) && m.end == tokens.end(i)) {
            m.canonical = def.canonical != null ? def.canonical : text.substring(def.start, def.end);
          }
        }
      }
    }
  }

  private void propagateSurnames(List<Mention> kept) {
    Map<String, Mention> surnames = new HashMap<>();
    for (Mention m : kept) {
      if (m.type == EntityType.PERSON) {
        String[] words = text.substring(m.start, m.end).split("\\s+");
        if (words.length >= 2 && words[words.length - 1].length() >= 3) {
          surnames.putIfAbsent(TransliterationKey.of(words[words.length - 1]), m);
        }
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    java.util.BitSet used = new java.util.BitSet();
    kept.forEach(m -> used.set(m.start, m.end));
    Set<Character> initials = new java.util.HashSet<>();
    surnames.keySet().forEach(k -> initials.add(k.charAt(0)));
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.isCapitalized(i) || tokens.end(i) - tokens.start(i) < 3) {
        continue;
      }
      String f = FoldedText.fold(tokens.first(i));
      if (f == null || f.isEmpty() || !(initials.contains(f.charAt(0)) || initials.contains('x')
          || initials.contains('j') || initials.contains('g') || initials.contains('i'))) {
        continue;
      }
      int next = used.nextSetBit(tokens.start(i));
      if (next >= 0 && next < tokens.end(i)) {
        continue;
      }
      Mention full = surnames.get(TransliterationKey.of(tokens.text(i)));
      if (full != null) {
        Mention m = Mention.of(EntityType.PERSON, tokens.start(i), tokens.end(i), Priorities.PROPAGATED,
            full.canonical != null ? full.canonical : collapse(text.substring(full.start, full.end)));
        kept.add(m);
      }
    }
  }

  private List<Entity> canonicalise(List<Mention> kept) {
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    Map<String, String> personByWords = new HashMap<>();
    for (Mention m : kept) {
      String surface = collapse(text.substring(m.start, m.end));
      String name = m.canonical != null ? m.canonical : surface;
      String key = m.type + ":" + (isValue(m.type) ? surface : TransliterationKey.of(name));
      if (m.type == EntityType.PERSON && m.canonical == null) {
        key = personByWords.computeIfAbsent(TransliterationKey.of(name), k -> m.type + ":" + k);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Entity> out = new ArrayList<>(kept.size());
    for (List<Mention> group : groups.values()) {
      String canonical = canonicalOf(group);
      Set<String> forms = new LinkedHashSet<>();
      group.forEach(m -> forms.add(collapse(text.substring(m.start, m.end))));
      List<String> surfaceForms = forms.size() > 1 ? List.copyOf(forms) : List.of();
      String role = group.stream().map(m -> m.role).filter(r -> r != null).findFirst().orElse(null);
      for (Mention m : group) {
        out.add(new Entity(m.type.name(), text.substring(m.start, m.end), canonical, m.start, m.end,
            m.watchlistId, m.normalized, m.unit, m.type == EntityType.PERSON ? role : null, surfaceForms));
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }

  private String canonicalOf(List<Mention> group) {
    String best = null;
    for (Mention m : group) {
      if (m.canonical != null) {
        return m.canonical;
      }
      String surface = collapse(text.substring(m.start, m.end));
      boolean allCaps = surface.chars().noneMatch(Character::isLowerCase);
      if (best == null || (best.chars().noneMatch(Character::isLowerCase) && !allCaps)) {
        best = surface;
      }
    }
    return best;
  }

  private static boolean isValue(EntityType type) {
    return type == EntityType.DATE || type == EntityType.QUANTITY || type == EntityType.DOCREF;
  }

  private static String collapse(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
        b = new StringBuilder(s.length());
        break;
      }
    }
    if (b == null) {
      return s.strip();
    }
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }
}
