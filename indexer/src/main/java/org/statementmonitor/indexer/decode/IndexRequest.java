package org.statementmonitor.indexer.decode;

import java.time.Instant;

/**
 * A document ready to be indexed: where, under which id, its JSON source, and for a copy of another
 * statement the original it picks up (so the original's pickup summary can be brought up to date).
 *
 * @param index the concrete monthly index
 * @param id the document id (statement id or alert id)
 * @param source the document as UTF-8 JSON
 * @param originalId for a statement: the original whose pickup summary this document changes (the
 *     original of a copy, or the statement itself when it is an original); null for alerts
 */
public record IndexRequest(String index, String id, byte[] source, String originalId, Instant time) {}
