package org.statementmonitor.alerts.matching;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.util.BytesRef;

/**
 * Words most statements of the genre contain (function words, and the vocabulary of appeals,
 * letters and reports on rights, return and peace). A rule is better selected by any other word of
 * its phrase or conjunction.
 */
final class CommonWords {

  private static final String WORDS = "a an the of and or to in on at by for from with without into onto over "
      + "under about after before between against during through since until upon as is are was were be been "
      + "being has have had do does did will would shall should may might must can could not no nor but also "
      + "than then that this these those there their they them its it he she his her we our us you your who "
      + "whom which what when where why how all any each every both other such only own same so too very more "
      + "most many much some few new old one two three first last right rights human return people peoples "
      + "community communities international national state states government authorities official public "
      + "country countries region regional territory territories city village land lands family families "
      + "children women men year years day days time today statement statements appeal letter report press "
      + "release news council committee commission ministry minister president secretary general united "
      + "nations union organisation organization republic law laws legal peace war conflict security "
      + "support call calls urge urges condemn condemns welcome welcomes concern concerns deep serious "
      + "situation issue issues question process efforts measures action actions steps violation violations "
      + "crime crimes victims protection justice freedom freedoms safe safety dignity dignified return "
      + "displaced refugees humanitarian process session meeting conference forum member members";

  /** The words, as indexed (lower case, no accents). */
  static final Set<BytesRef> BYTES = Arrays.stream(WORDS.split(" ")).map(BytesRef::new)
      .collect(Collectors.toUnmodifiableSet());

  private CommonWords() {}
}
