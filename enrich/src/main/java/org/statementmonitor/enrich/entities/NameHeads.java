package org.statementmonitor.enrich.entities;

import java.util.Set;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.EntityType;

/**
 * Cue words that decide the type of a capitalised name: organisation heads ("Community",
 * "Council"), legal-instrument heads ("Convention", "Declaration"), place heads ("Region",
 * "Republic"), and the surname endings common in the region's names (Alakbarli, Aliyev, Petrosyan).
 */
final class NameHeads {

  private static final Set<String> ORG = folded(
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
      "birliyi", "universiteti", "assosiasiyası", "komitəsi", "institutu", "agentliyi", "politburo",
      "община", "союз", "институт", "центр", "министерство", "комитет", "фонд", "ассоциация", "общество",
      "inc", "ltd", "llc", "gmbh", "unit", "service", "services", "think-tank", "caucus", "directorate", "wire", "partnership",
      "house", "hospital", "clinic", "mechanism", "today", "review", "monitor", "insider", "telegraph",
      "courier", "chronicle", "online", "lab", "laboratory", "hub", "newswire");
  private static final Set<String> LAW = folded(
      "convention", "conventions", "declaration", "covenant", "charter", "treaty", "protocol", "statute",
      "act", "agreement", "accord", "accords", "principles", "code", "constitution", "law", "resolution",
      "decree", "pact", "memorandum", "communiqué", "communique", "regulations", "guidelines");
  private static final Set<String> LOC = folded(
      "region", "province", "district", "city", "village", "town", "river", "mountains", "mountain",
      "valley", "lake", "sea", "corridor", "street", "avenue", "square", "oblast", "rayon", "island",
      "islands", "peninsula", "gulf", "strait", "county", "republic", "kingdom", "khanate", "empire",
      "uyezd", "governorate", "highlands", "plateau", "plains", "plain", "hills", "heights", "basin", "delta",
      "desert", "coast", "steppe", "camp", "airport", "port", "bridge", "border", "municipality", "palais", "palace", "alley", "park");
  private static final Pattern SURNAME = Pattern.compile(
      "(?i).{2,}(ov|ova|ev|eva|yev|yeva|li|lı|lu|lü|ly|yan|ian|yants|zade|zadeh|oglu|oğlu|qizi|gizi|kyzy"
          + "|enko|ski|sky|ska|vich|vych|shvili|dze|beyli|bayli|ayev|oyev|iyev|iyeva|bəyli|son|sen|ić|vić|vic)");

  /** Adjectives of nationality and direction: capitalised, but never a person's name. */
  private static final Set<String> NOT_NAMES = folded(
      "azerbaijani", "azerbaijanis", "armenian", "armenians", "russian", "russians", "turkish", "georgian",
      "iranian", "american", "americans", "european", "soviet", "ukrainian", "chinese", "french", "german",
      "british", "kurdish", "kurds", "turkic", "caucasian", "muslim", "christian", "western", "eastern",
      "northern", "southern", "central", "international", "national", "united", "islamic", "arab", "jewish",
      "israeli", "palestinian", "syrian", "turks", "persian", "english", "azeri", "azeris", "ahiska", "islam",
      "christianity", "judaism", "orthodoxy", "sunni", "shia", "shiite", "catholic", "protestant",
      "crimean", "tatar", "tatars", "kyrgyz", "kazakh", "kazakhs", "uzbek", "uzbeks", "tajik", "tajiks", "turkmen",
      "belarusian", "moldovan", "serbian", "serb", "serbs", "bosnian", "bosniak", "croatian", "croat", "albanian",
      "greek", "bulgarian", "romanian", "polish", "yazidi", "yazidis", "assyrian", "chaldean", "iraqi", "iraqis",
      "lebanese", "jordanian", "egyptian", "afghan", "afghans", "pakistani", "indian", "dagestani", "chechen",
      "chechens", "ingush", "ossetian", "ossetians", "abkhaz", "abkhazian", "lezgin", "lezgins", "talysh",
      "avar", "circassian", "circassians", "meskhetian", "italian", "spanish", "dutch", "swedish", "norwegian",
      "danish", "finnish", "estonian", "latvian", "lithuanian", "hungarian", "czech", "slovak", "austrian",
      "belgian", "canadian", "australian", "japanese", "korean", "qatari", "saudi", "emirati", "kuwaiti",
      "swiss", "kurdistani", "ukrainians", "georgians", "iranians", "turkmens");

  /** Second parts that make a name into an adjective: "Baku-based", "Armenian-occupied". */
  private static final Set<String> ADJECTIVE_TAILS = Set.of(
      "based", "populated", "controlled", "backed", "led", "run", "born", "made", "funded", "owned", "occupied",
      "speaking", "held", "dominated", "inhabited", "registered", "sponsored", "affiliated", "aligned", "linked",
      "oriented", "centred", "centered", "style", "supported", "installed", "appointed", "brokered", "mediated");

  private NameHeads() {}

  private static Set<String> folded(String... words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(FoldedText.key(w));
    }
    return Set.copyOf(out);
  }

  /** True for a nationality or direction adjective ("Azerbaijani", "Western"). */
  static boolean isNotName(String word) {
    return NOT_NAMES.contains(FoldedText.key(word)) || isCompoundAdjective(word);
  }

  /** "Azerbaijani-populated", "Bishkek-based", "Russian-backed": a name made into an adjective. */
  static boolean isCompoundAdjective(String word) {
    int dash = word.lastIndexOf('-');
    if (dash <= 0 || dash + 3 >= word.length() || !Character.isLowerCase(word.charAt(dash + 1))) {
      return false;
    }
    String tail = word.substring(dash + 1);
    return ADJECTIVE_TAILS.contains(tail);
  }

  /** The type a head word gives its name, or null. */
  static EntityType headType(String word) {
    String w = FoldedText.key(word);
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
    return word.length() >= 4 && !isNotName(word) && SURNAME.matcher(word).matches();
  }
}
