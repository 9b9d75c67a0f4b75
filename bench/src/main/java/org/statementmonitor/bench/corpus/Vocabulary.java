package org.statementmonitor.bench.corpus;

import java.util.List;

/**
 * The invented names, places, officials and phrases the generators draw from. Everything here is
 * made up for benchmarking; it imitates the shape of the genre (letterheads, titles, signatory lines),
 * not any real statement.
 */
final class Vocabulary {

  /** Organisations: English name, then the letterhead line in the organisation's own script. */
  static final List<String[]> ORGANISATIONS = List.of(
      new String[] {"Caspian Heritage Foundation", "Xəzər İrsi Fondu"},
      new String[] {"Union of Displaced Communities", "Köçkün İcmalar Birliyi"},
      new String[] {"Ganja Youth Initiative", "Gəncə Gənclər Təşəbbüsü"},
      new String[] {"Shirvan Women's Council", "Şirvan Qadınlar Şurası"},
      new String[] {"Silk Road Civic Forum", "丝绸之路公民论坛"},
      new String[] {"East Asia Cultural Exchange Association", "东亚文化交流协会"},
      new String[] {"Lotus Valley Environmental Society", "莲谷环境保护学会"},
      new String[] {"Centre for Mountain Villages", "Dağ Kəndləri Mərkəzi"},
      new String[] {"Association of Historians of the Caucasus", "Qafqaz Tarixçiləri Assosiasiyası"},
      new String[] {"Network for Memory and Return", "Yaddaş və Qayıdış Şəbəkəsi"},
      new String[] {"Harbour Cities Friendship Society", "港口城市友好协会"},
      new String[] {"Institute for Peaceful Settlement", "Sülh Nizamlanması İnstitutu"});

  static final List<String> FIRST_NAMES = List.of("Elnur", "Aynur", "Rashad", "Leyla", "Tural", "Gunel",
      "Farid", "Nigar", "Samir", "Kamala", "Orkhan", "Sevinj", "Wei", "Lin", "Jun", "Mei", "Hao", "Yan",
      "Daniel", "Helen", "Marta", "Tomas", "Ingrid", "Pavel");

  static final List<String> LAST_NAMES = List.of("Mammadli", "Huseynova", "Aliyev", "Guliyeva", "Ismayilzada",
      "Karimli", "Bagirova", "Rzayev", "Zhang", "Chen", "Liu", "Wang", "Hartmann", "Novak", "Lindqvist",
      "Petrov", "Jafarov", "Sultanova", "Abbasli", "Nasirova");

  static final List<String> ROLES = List.of("Chairman of the Board", "Head of the Organisation",
      "Executive Director", "President", "Secretary General", "Director", "Coordinator",
      "Member of the Board", "Founder", "Deputy Chair");

  static final List<String> OFFICIALS = List.of("the Secretary-General of the United Nations",
      "the United Nations High Commissioner for Human Rights", "the Secretary of State",
      "the President of the European Council", "the Director-General of UNESCO",
      "the Special Rapporteur on the rights of internally displaced persons",
      "the Chair of the Committee on the Elimination of Racial Discrimination",
      "the Minister of Foreign Affairs");

  static final List<String> PLACES = List.of("Baku", "Ganja", "Sheki", "Lankaran", "Shusha", "Geneva",
      "New York", "Strasbourg", "Vienna", "Beijing", "Shanghai", "Tbilisi", "Brussels", "Paris");

  static final List<String> OUTLETS = List.of("Caspian Daily", "Regional Observer", "Eurasia Wire",
      "Morning Herald of the South Caucasus", "Global Affairs Review");

  static final List<String> TOPICS = List.of("the return of displaced families", "the protection of cultural heritage",
      "access to cemeteries and sacred places", "the clearance of landmines", "the rights of refugees",
      "the restoration of destroyed villages", "reconciliation between communities",
      "the preservation of historical archives", "environmental damage to river basins",
      "the safety of journalists");

  static final List<String> VERBS = List.of("calls upon", "urges", "requests", "appeals to", "invites",
      "reminds", "welcomes the readiness of", "expresses its concern to");

  static final List<String> CLAIMS = List.of(
      "thousands of families were forced to leave their homes and have not been able to return since",
      "the destruction of mosques, churches and graveyards causes lasting pain to the communities concerned",
      "international humanitarian law requires the protection of cultural property in every circumstance",
      "the displaced persons have the right to a safe and dignified return under an international process",
      "landmines continue to kill and maim civilians years after the end of the hostilities",
      "the archives of the region document a continuous presence of the community over many centuries",
      "the principle of non-discrimination must guide every step of the settlement",
      "independent monitoring by international organisations would build trust among the parties",
      "the families of the missing deserve to know the fate of their relatives",
      "the right to visit ancestral graves is recognised by the practice of many states");

  static final List<String> CLOSINGS = List.of("Please accept the assurances of our highest consideration.",
      "We remain at your disposal for any further information.", "Sincerely yours,",
      "With respect and hope for your support,");

  private Vocabulary() {}
}
