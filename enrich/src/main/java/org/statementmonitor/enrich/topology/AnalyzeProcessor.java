package org.statementmonitor.enrich.topology;

import java.time.Instant;
import java.util.ArrayList;
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
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprinter;
import org.statementmonitor.enrich.dedup.IndexBucket;
import org.statementmonitor.enrich.topology.DedupMessage.IndexKey;

/**
 * First step: analyses a raw statement (language, entities, facts), fingerprints its text, and
 * scatters it: its index keys (exact, bands, sentences) grouped by the partition of {@value
 * EnrichTopology#KEYS_TOPIC} that owns each ({@link KeyGroups}), one {@code KEY_GROUP} per owning
 * partition keyed by its number, and one {@code PROBE} keyed by the statement's id hash carrying the
 * enriched statement (the enriched topic's JSON, its {@code duplicate} left out for the decider to
 * splice in, see {@link EnrichedJson}) and the number of group replies to wait for. Stateless.
 */
final class AnalyzeProcessor implements Processor<String, Statement, Long, DedupMessage> {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeProcessor.class);

  private static final Serializer<EnrichedStatement> STATEMENT_JSON =
      Topics.ENRICHED.valueSerde().serializer();

  private final StatementAnalyzer analyzer;
  private final int keyPartitions;
  private ProcessorContext<Long, DedupMessage> context;

  /** @param keyPartitions the partition count of {@value EnrichTopology#KEYS_TOPIC} */
  AnalyzeProcessor(StatementAnalyzer analyzer, int keyPartitions) {
    this.analyzer = analyzer;
    this.keyPartitions = keyPartitions;
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
    int groups = 0;
    if (fp.clusterable()) {
      groups = scatter(record, probe, ts, fp);
    }
    LOG.debug("statement {} scattered to {} key groups", statement.id(), groups);
    byte[] json = STATEMENT_JSON.serialize(Topics.ENRICHED.name(), enriched);
    context.forward(record.withKey(probe).withValue(DedupMessage.probe(probe, ts, groups, statement.id(),
        json, fp.sketch(), fp.sentences(), fp.exactKey())));
  }

  /** Sends one {@code KEY_GROUP} per owning partition, keys in slot order; returns how many. */
  private int scatter(Record<String, Statement> record, long probe, long ts, Fingerprint fp) {
    @SuppressWarnings("unchecked")
    List<IndexKey>[] byOwner = new List[keyPartitions];
    add(byOwner, new IndexKey(fp.exactKey(), DedupMessage.EXACT_SLOT, true, null));
    long[] bands = fp.bandKeys();
    for (int i = 0; i < bands.length; i++) {
      add(byOwner, new IndexKey(bands[i], i, true, null));
    }
    List<SentenceKey> sentences = fp.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceKey s = sentences.get(i);
      add(byOwner, new IndexKey(s.key(), DedupMessage.SENTENCE_BASE + i, s.indexed(), s.zone()));
    }
    int groups = 0;
    for (int owner = 0; owner < byOwner.length; owner++) {
      if (byOwner[owner] != null) {
        context.forward(record.withKey((long) owner).withValue(DedupMessage.keyGroup(probe, ts, byOwner[owner])));
        groups++;
      }
    }
    return groups;
  }

  private void add(List<IndexKey>[] byOwner, IndexKey key) {
    int owner = KeyGroups.owner(key.key(), keyPartitions);
    if (byOwner[owner] == null) {
      byOwner[owner] = new ArrayList<>();
    }
    byOwner[owner].add(key);
  }

  private static Statement withContentHash(Statement s, Fingerprint fp) {
    if (s.contentHash() != null && !s.contentHash().isBlank()) {
      return s;
    }
    return s.withText(s.text(), "xxh3:" + HexFormat.of().toHexDigits(fp.exactKey()));
  }
}
