package org.statementmonitor.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.IndexBucket;
import org.statementmonitor.enrich.dedup.IndexEntry;

/**
 * The index: keyed by an index key (exact, LSH band or sentence hash) after repartitioning, so every
 * key's bucket lives in exactly one task whatever partition the statements came from. Answers each
 * {@code KEY_PROBE} with the other statements under the key ({@code KEY_REPLY}, keyed by the probe)
 * and remembers the probe while the bucket holds fewer than its cap. Entries older than the horizon
 * are purged by {@link StorePurger}.
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
    DedupMessage probe = record.value();
    List<IndexEntry> bucket = liveEntries(record.key(), probe.ts() - horizonMs);
    List<IndexEntry> others = IndexBucket.others(bucket, probe.probe());
    int cap = probe.slot() >= DedupMessage.SENTENCE_BASE ? policy.sentenceBucketCap() : policy.bandBucketCap();
    if (probe.remember() && IndexBucket.shouldRemember(bucket, probe.probe(), cap)) {
      rememberProbe(record.key(), bucket, new IndexEntry(probe.probe(), probe.ts(), probe.zone()));
    }
    context.forward(record.withKey(probe.probe()).withValue(DedupMessage.keyReply(probe, others)));
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
