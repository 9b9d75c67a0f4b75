package org.statementmonitor.enrich.topology;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.logging.StatementMdc;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprinter;
import org.statementmonitor.enrich.dedup.IndexBucket;

/**
 * First step: analyses a raw statement (language, entities, facts), fingerprints its text, and
 * scatters it: one {@code KEY_PROBE} per index key (exact, bands, sentences), keyed by that key, and
 * one {@code PROBE} keyed by the statement's id hash carrying the enriched statement and the number
 * of key replies to wait for. Stateless.
 */
final class AnalyzeProcessor implements Processor<String, Statement, Long, DedupMessage> {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeProcessor.class);

  private static final Serializer<EnrichedStatement> STATEMENT_JSON =
      Topics.ENRICHED.valueSerde().serializer();

  private final StatementAnalyzer analyzer;
  private final DuplicatePolicy policy;
  private ProcessorContext<Long, DedupMessage> context;

  AnalyzeProcessor(StatementAnalyzer analyzer, DuplicatePolicy policy) {
    this.analyzer = analyzer;
    this.policy = policy;
  }

  @Override
  public void init(ProcessorContext<Long, DedupMessage> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Statement> record) {
    try (StatementMdc.Scope ignored = StatementMdc.of(record.key())) {
      analyze(record);
    }
  }

  private void analyze(Record<String, Statement> record) {
    Statement statement = record.value();
    if (statement == null) {
      return; // a tombstone: nothing to enrich
    }
    Fingerprint fp = Fingerprinter.fingerprint(statement.text());
    Analysis analysis = analyzer.analyze(statement);
    EnrichedStatement enriched = new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION,
        withContentHash(statement, fp), analysis.language(), analysis.entities(), analysis.facts(), null,
        analysis.flags(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
    long probe = IndexBucket.idHash(statement.id());
    long ts = record.timestamp();
    int keys = 0;
    if (fp.clusterable()) {
      keys += scatter(record, fp.exactKey(), DedupMessage.keyProbe(probe, ts, DedupMessage.EXACT_SLOT, true, null));
      long[] bands = fp.bandKeys();
      for (int i = 0; i < bands.length; i++) {
        keys += scatter(record, bands[i], DedupMessage.keyProbe(probe, ts, i, true, null));
      }
      List<SentenceKey> sentences = fp.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        SentenceKey s = sentences.get(i);
        keys += scatter(record, s.key(),
            DedupMessage.keyProbe(probe, ts, DedupMessage.SENTENCE_BASE + i, s.indexed(), s.zone()));
      }
    }
    LOG.debug("statement {} scattered to {} index keys", statement.id(), keys);
    byte[] json = STATEMENT_JSON.serialize(Topics.ENRICHED.name(), enriched);
    context.forward(record.withKey(probe).withValue(DedupMessage.probe(probe, ts, keys, statement.id(),
        json, fp.sketch(), fp.sentences(), fp.exactKey())));
  }

  private int scatter(Record<String, Statement> record, long key, DedupMessage message) {
    context.forward(record.withKey(key).withValue(message));
    return 1;
  }

  private static Statement withContentHash(Statement s, Fingerprint fp) {
    if (s.contentHash() != null && !s.contentHash().isBlank()) {
      return s;
    }
    return s.withText(s.text(), "xxh3:" + HexFormat.of().toHexDigits(fp.exactKey()));
  }
}
