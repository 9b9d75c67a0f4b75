package org.statementmonitor.enrich.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.EntityType;

/**
 * Cue words that decide the type of a capitalised name: organisation heads ("Community",
 * "Council"), legal-instrument heads ("Convention", "Declaration"), place heads ("Region",
 * "Republic"), and the surname endings common in the region's names (Alakbarli, Aliyev, Petrosyan).
 */
final class NameHeads {

  private static final Set<String> ORG = Set.of(
      "community", "council", "assembly", "union", "fund", "forum", "institute", "institution", "university",
      "ministry", "committee", "commission", "organization", "organisation", "agency", "office", "centre",
      "center", "foundation", "association", "society", "network", "coalition", "party", "bank", "court",
      "government", "parliament", "congress", "senate", "department", "board", "alliance", "federation",
      "league", "movement", "club", "academy", "college", "school", "corporation", "company", "trust",
      "initiative", "watch", "mission", "secretariat", "tribunal", "church", "bureau", "authority",
      "administration", "embassy", "consulate", "delegation", "chamber", "observatory", "programme",
      "platform", "news", "times", "post", "media", "tv", "radio", "magazine", "journal", "daily",
      "tribune", "herald", "gazette", "press", "group", "majlis", "cabinet", "presidency", "army",
      "forces", "police", "diaspora", "icması", "ittifaqı", "cəmiyyəti", "mərkəzi", "nazirliyi", "fondu",
      "inc", "ltd", "llc", "gmbh", "unit", "service", "services", "think-tank", "caucus", "directorate");
  private static final Set<String> LAW = Set.of(
      "convention", "conventions", "declaration", "covenant", "charter", "treaty", "protocol", "statute",
      "act", "agreement", "accord", "accords", "principles", "code", "constitution", "law", "resolution",
      "decree", "pact", "memorandum", "communiqué", "communique");
  private static final Set<String> LOC = Set.of(
      "region", "province", "district", "city", "village", "town", "river", "mountains", "mountain",
      "valley", "lake", "sea", "corridor", "street", "avenue", "square", "oblast", "rayon", "island",
      "islands", "peninsula", "gulf", "strait", "county", "republic", "kingdom", "khanate", "empire",
      "uyezd", "governorate", "highlands", "plateau", "airport", "port", "bridge", "border");
  private static final Pattern SURNAME = Pattern.compile(
      "(?i).{2,}(ov|ova|ev|eva|yev|yeva|li|lı|lu|lü|ly|yan|ian|yants|zade|zadeh|oglu|oğlu|qizi|gizi|kyzy"
          + "|enko|ski|sky|ska|vich|vych|shvili|dze|ani|beyli|bayli|ayev|oyev|iyev|iyeva|bəyli|son|sen)");

  private NameHeads() {}

  /** The type a head word gives its name, or null. */
  static EntityType headType(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (ORG.contains(w)) {
      return EntityType.ORG;
    }
    if (LAW.contains(w)) {
      return EntityType.LAW;
    }
    return LOC.contains(w) ? EntityType.LOC : null;
  }

  /** True when the word ends like a surname of the region (Alakbarli, Aliyev, Petrosyan). */
  static boolean looksLikeSurname(String word) {
    return word.length() >= 4 && SURNAME.matcher(word).matches();
  }
}
