package org.statementmonitor.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexBucket;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.topology.DedupMessage.IndexKey;
import org.statementmonitor.enrich.topology.DedupMessage.KeyHits;

/**
 * The index, after repartitioning: each index key (exact, LSH band or sentence hash) is owned by one
 * partition ({@link KeyGroups}), so every key's bucket lives in exactly one task whatever partition
 * the statements came from; the store is keyed by the index key. Answers each {@code KEY_GROUP} (a
 * statement's keys owned by this partition) with one {@code GROUP_REPLY}, keyed by the probe, that
 * lists the keys holding other statements and those statements; the probe is remembered under each
 * key, in order, while the bucket holds fewer than its cap. A {@code KEY_PROBE} (one key, from an
 * earlier version) is answered with a {@code KEY_REPLY}. Entries older than the horizon are purged
 * by {@link StorePurger}.
 */
final class KeyIndexProcessor implements Processor<Long, DedupMessage, Long, DedupMessage> {

  private final DuplicatePolicy policy;
  private final long horizonMs;
  private final long purgeIntervalMs;
  private ProcessorContext<Long, DedupMessage> context;
  private KeyValueStore<Long, List<IndexEntry>> index;

  KeyIndexProcessor(DuplicatePolicy policy, long horizonMs, long purgeIntervalMs) {
    this.policy = policy;
    this.horizonMs = horizonMs;
    this.purgeIntervalMs = purgeIntervalMs;
  }

  @Override
  public void init(ProcessorContext<Long, DedupMessage> context) {
    this.context = context;
    this.index = context.getStateStore(EnrichTopology.KEY_INDEX_STORE);
    StorePurger.schedule(context, purgeIntervalMs, () -> purgeOlderThan(context.currentStreamTimeMs() - horizonMs));
  }

  @Override
  public void process(Record<Long, DedupMessage> record) {
    DedupMessage m = record.value();
    if (m.kind() == DedupMessage.Kind.KEY_PROBE) {
      List<IndexEntry> others = lookUp(record.key(), m.slot(), m.remember(), m.zone(), m.probe(), m.ts());
      context.forward(record.withKey(m.probe()).withValue(DedupMessage.keyReply(m, others)));
      return;
    }
    List<KeyHits> found = new ArrayList<>();
    for (IndexKey k : m.keys()) {
      List<IndexEntry> others = lookUp(k.key(), k.slot(), k.remember(), k.zone(), m.probe(), m.ts());
      if (!others.isEmpty()) {
        found.add(new KeyHits(k.slot(), others));
      }
    }
    context.forward(record.withKey(m.probe()).withValue(DedupMessage.groupReply(m, found)));
  }

  /** The other statements under {@code key}; remembers the probe there while the bucket has room. */
  private List<IndexEntry> lookUp(long key, int slot, boolean remember, Zone zone, long probe, long ts) {
    List<IndexEntry> bucket = liveEntries(key, ts - horizonMs);
    List<IndexEntry> others = IndexBucket.others(bucket, probe);
    int cap = slot >= DedupMessage.SENTENCE_BASE ? policy.sentenceBucketCap() : policy.bandBucketCap();
    if (remember && IndexBucket.shouldRemember(bucket, probe, cap)) {
      rememberProbe(key, bucket, new IndexEntry(probe, ts, zone));
    }
    return others;
  }

  private List<IndexEntry> liveEntries(long key, long oldest) {
    List<IndexEntry> stored = index.get(key);
    if (stored == null) {
      return List.of();
    }
    return stored.stream().filter(e -> e.timestamp() >= oldest).toList();
  }

  private void rememberProbe(long key, List<IndexEntry> bucket, IndexEntry entry) {
    List<IndexEntry> updated = new ArrayList<>(bucket);
    updated.add(entry);
    index.put(key, updated);
  }

  private void purgeOlderThan(long oldest) {
    StorePurger.purge(index, bucket -> {
      List<IndexEntry> live = bucket.stream().filter(e -> e.timestamp() >= oldest).toList();
      return live.isEmpty() ? null : live.size() == bucket.size() ? bucket : live;
    });
  }
}
