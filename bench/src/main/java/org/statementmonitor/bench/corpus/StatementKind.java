package org.statementmonitor.bench.corpus;

/** The shapes of statement the generator writes, in the proportions of a typical monitored feed. */
public enum StatementKind {
  /** An appeal to the international community with numbered demands and a signature. */
  APPEAL,
  /** A letter to a named official, quoted by the organisation's press note. */
  LETTER_TO_OFFICIAL,
  /** A UN cover letter (symbol line, "I have the honour to transmit") wrapping an annex. */
  UN_COVER_LETTER,
  /** A news site's repost of an earlier appeal with its own lead and US spelling. */
  NEWS_REPOST,
  /** A joint statement whose bulk is a long list of "Name – Role, Organisation" signatories. */
  SIGNATORY_LIST
}
