/**
 * Named-entity recognition for statements: PERSON, ORG, LOC, DATE, QUANTITY, LAW and DOCREF with
 * character offsets. {@link org.statementmonitor.enrich.entities.EntityRecognizer} is the seam; the
 * default {@link org.statementmonitor.enrich.entities.RuleBasedRecognizer} combines curated
 * gazetteers (resources of this package), shape patterns, capitalised-name chunking typed by cue
 * words (name runs, person cues), places and organisations found by the words around them (place
 * cues and contexts, organisation cues: outlets, acronyms, local authorities), and signatory-list
 * parsing, then canonicalises names (acronyms defined in the text,
 * transliteration variants, surname-only mentions). {@link
 * org.statementmonitor.enrich.entities.FoldedText} and {@link
 * org.statementmonitor.enrich.entities.PhraseTrie} are the tolerant dictionary matching the
 * watchlist reuses.
 */
package org.statementmonitor.enrich.entities;
