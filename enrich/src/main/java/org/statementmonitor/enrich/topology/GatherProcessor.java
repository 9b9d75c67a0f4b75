package org.statementmonitor.enrich.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.topology.DedupMessage.KeyHits;

/**
 * Gathers, per statement (keyed by its id hash), the {@code PROBE} and the replies of all its key
 * groups (as many as the PROBE announces). When all are in, it asks the signature store to compare
 * each earlier candidate with the statement and to register the statement's own sketch: one {@code
 * VERIFY_GROUP} per partition of {@value EnrichTopology#VERIFY_TOPIC} that owns any of those
 * signatures ({@link KeyGroups}), keyed by its number; and it hands the plan to the decider ({@code
 * PLAN}). A gather still incomplete after the release timeout (a reply was dead-lettered) is
 * completed with what arrived, so no statement is held forever.
 */
final class GatherProcessor implements Processor<Long, DedupMessage, Long, DedupMessage> {

  private static final Logger LOG = LoggerFactory.getLogger(GatherProcessor.class);

  /**
   * What has arrived for one statement: how many replies are expected (-1 until the PROBE arrived;
   * the PROBE itself, with the statement text, is stored once in its own store), how many arrived,
   * and those that carry hits. Most index keys answer with no hits; those only count, so the state
   * rewritten on every reply stays small.
   */
  record Pending(int expected, List<DedupMessage> replies, long since, int received) {

    /** State whose every arrived message is kept (the signature store parks its verifications so). */
    Pending(int expected, List<DedupMessage> replies, long since) {
      this(expected, replies, since, replies.size());
    }
  }

  private final long releaseAfterMs;
  private final int partitions;
  private ProcessorContext<Long, DedupMessage> context;
  private KeyValueStore<Long, Pending> pending;
  private KeyValueStore<Long, DedupMessage> probes;

  /** @param partitions the partition count of {@value EnrichTopology#VERIFY_TOPIC} */
  GatherProcessor(long releaseAfterMs, int partitions) {
    this.releaseAfterMs = releaseAfterMs;
    this.partitions = partitions;
  }

  @Override
  public void init(ProcessorContext<Long, DedupMessage> context) {
    this.context = context;
    this.pending = context.getStateStore(EnrichTopology.GATHER_STORE);
    this.probes = context.getStateStore(EnrichTopology.GATHER_PROBE_STORE);
    StorePurger.schedule(context, Math.max(1000, releaseAfterMs / 2), this::releaseStuck);
  }

  @Override
  public void process(Record<Long, DedupMessage> record) {
    DedupMessage m = record.value();
    Pending state = pending.get(record.key());
    if (state == null) {
      state = new Pending(-1, List.of(), context.currentSystemTimeMs(), 0);
    }
    List<DedupMessage> replies = state.replies();
    int expected = state.expected();
    int received = state.received();
    DedupMessage probe = null;
    if (m.kind() == DedupMessage.Kind.PROBE) {
      probe = m;
      expected = m.expected();
    } else {
      received++;
      if (hasHits(m)) {
        replies = new ArrayList<>(replies);
        replies.add(m);
      }
    }
    if (expected >= 0 && received >= expected) {
      if (probe == null) {
        probe = probes.get(record.key());
        probes.delete(record.key());
      }
      pending.delete(record.key());
      complete(record, probe, replies);
    } else {
      if (probe != null) {
        probes.put(record.key(), probe);
      }
      pending.put(record.key(), new Pending(expected, replies, state.since(), received));
    }
  }

  /** A reply without hits tells the decision nothing beyond its arrival. */
  private static boolean hasHits(DedupMessage reply) {
    return !keyHits(reply).isEmpty();
  }

  /** The keys of a reply that held other statements (a {@code KEY_REPLY} answers one key). */
  private static List<KeyHits> keyHits(DedupMessage reply) {
    if (reply.kind() == DedupMessage.Kind.GROUP_REPLY) {
      return reply.keyHits() == null ? List.of() : reply.keyHits();
    }
    return reply.hits() == null || reply.hits().isEmpty() ? List.of()
        : List.of(new KeyHits(reply.slot(), reply.hits()));
  }

  private void complete(Record<Long, DedupMessage> record, DedupMessage probe, List<DedupMessage> replies) {
    Set<Long> exactHits = new HashSet<>();
    Set<Long> candidates = new LinkedHashSet<>();
    List<List<IndexEntry>> sentenceHits = new ArrayList<>();
    int sentences = probe.sentences() == null ? 0 : probe.sentences().size();
    for (int i = 0; i < sentences; i++) {
      sentenceHits.add(List.of());
    }
    for (DedupMessage reply : replies) {
      for (KeyHits key : keyHits(reply)) {
        for (IndexEntry e : key.hits()) {
          if (e.isBefore(probe.probe(), probe.ts())) {
            candidates.add(e.idHash());
            if (key.slot() == DedupMessage.EXACT_SLOT) {
              exactHits.add(e.idHash());
            }
          }
        }
        int sentence = key.slot() - DedupMessage.SENTENCE_BASE;
        if (sentence >= 0 && sentence < sentences) {
          sentenceHits.set(sentence, key.hits());
        }
      }
    }
    verify(record, probe, candidates);
    context.forward(record.withKey(probe.probe()).withValue(
        DedupMessage.plan(probe, candidates.size(), List.copyOf(exactHits), sentenceHits)));
  }

  /**
   * One {@code VERIFY_GROUP} per partition owning a candidate's signature or the statement's own
   * (registered with it when the statement has index keys).
   */
  private void verify(Record<Long, DedupMessage> record, DedupMessage probe, Set<Long> candidates) {
    int registerAt = probe.exactKey() != 0 ? KeyGroups.owner(probe.probe(), partitions) : -1;
    List<List<Long>> byOwner = new ArrayList<>(Collections.nCopies(partitions, null));
    for (long candidate : candidates) {
      int owner = KeyGroups.owner(candidate, partitions);
      if (byOwner.get(owner) == null) {
        byOwner.set(owner, new ArrayList<>());
      }
      byOwner.get(owner).add(candidate);
    }
    for (int owner = 0; owner < partitions; owner++) {
      List<Long> group = byOwner.get(owner);
      if (group != null || owner == registerAt) {
        long[] ids = group == null ? new long[0] : group.stream().mapToLong(Long::longValue).toArray();
        context.forward(record.withKey((long) owner).withValue(DedupMessage.verifyGroup(probe.probe(),
            probe.ts(), probe.sketch(), ids, owner == registerAt ? probe.id() : null)));
      }
    }
  }

  private void releaseStuck() {
    long now = context.currentSystemTimeMs();
    List<Long> stuck = new ArrayList<>();
    try (var all = pending.all()) {
      while (all.hasNext()) {
        var kv = all.next();
        if (now - kv.value.since() > releaseAfterMs) {
          stuck.add(kv.key);
        }
      }
    }
    for (Long key : stuck) {
      Pending state = pending.get(key);
      DedupMessage probe = probes.get(key);
      pending.delete(key);
      probes.delete(key);
      if (probe != null) {
        LOG.warn("statement {} released with {} of {} index replies", probe.id(), state.received(),
            probe.expected());
        complete(new Record<>(key, probe, probe.ts()), probe, state.replies());
      }
    }
  }
}
