package org.statementmonitor.enrich.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.enrich.dedup.Candidate;
import org.statementmonitor.enrich.dedup.DuplicateDecider;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.dedup.TextNormalizer;

/**
 * Last step: collects, per statement, the {@code PLAN} and a verdict per candidate (several in a
 * {@code VERDICT_GROUP}, or one {@code VERDICT} for a verification that waited for its candidate), then
 * lets {@link DuplicateDecider} decide and emits the enriched statement keyed by its id: the
 * analyser's JSON bytes with the verdict spliced in ({@link EnrichedJson}), never decoded whole. Like
 * the gatherer, it releases a statement whose verdicts do not all arrive within the release timeout.
 */
final class DecideProcessor implements Processor<Long, DedupMessage, String, byte[]> {

  private static final Logger LOG = LoggerFactory.getLogger(DecideProcessor.class);

  /**
   * What has arrived for one statement: the verdicts, and how many are expected (-1 until the PLAN
   * arrived; the PLAN itself, with the statement, is stored once in its own store).
   */
  record Pending(int expected, List<DedupMessage> verdicts, long since) {}

  private static final long[] NO_BANDS = new long[0];

  private final DuplicatePolicy policy;
  private final long releaseAfterMs;
  private final EnrichMetrics metrics;
  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<Long, Pending> pending;
  private KeyValueStore<Long, DedupMessage> plans;

  DecideProcessor(DuplicatePolicy policy, long releaseAfterMs, EnrichMetrics metrics) {
    this.policy = policy;
    this.releaseAfterMs = releaseAfterMs;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.pending = context.getStateStore(EnrichTopology.DECIDE_STORE);
    this.plans = context.getStateStore(EnrichTopology.DECIDE_PLAN_STORE);
    StorePurger.schedule(context, Math.max(1000, releaseAfterMs / 2), this::releaseStuck);
  }

  @Override
  public void process(Record<Long, DedupMessage> record) {
    DedupMessage m = record.value();
    Pending state = pending.get(record.key());
    if (state == null) {
      state = new Pending(-1, List.of(), context.currentSystemTimeMs());
    }
    List<DedupMessage> verdicts = state.verdicts();
    int expected = state.expected();
    DedupMessage plan = null;
    if (m.kind() == DedupMessage.Kind.PLAN) {
      plan = m;
      expected = m.expected();
    } else if (m.kind() == DedupMessage.Kind.VERDICT_GROUP) {
      verdicts = new ArrayList<>(verdicts);
      for (DedupMessage.Verdict v : m.verdicts()) {
        verdicts.add(DedupMessage.verdict(m.probe(), v.candidate(), v.id(), v.ts(), v.match()));
      }
    } else {
      verdicts = new ArrayList<>(verdicts);
      verdicts.add(m);
    }
    if (expected >= 0 && verdicts.size() >= expected) {
      if (plan == null) {
        plan = plans.get(record.key());
        plans.delete(record.key());
      }
      pending.delete(record.key());
      emit(record.timestamp(), plan, verdicts);
    } else {
      if (plan != null) {
        plans.put(record.key(), plan);
      }
      pending.put(record.key(), new Pending(expected, verdicts, state.since()));
    }
  }

  private void emit(long timestamp, DedupMessage plan, List<DedupMessage> verdicts) {
    Map<Long, Candidate> candidates = new HashMap<>();
    for (DedupMessage v : verdicts) {
      if (v.id() != null && v.match() != null) {
        candidates.put(v.candidate(), new Candidate(v.id(), v.candidate(), v.candidateTs(), v.match()));
      }
    }
    DuplicateInfo info = decide(plan, candidates);
    LOG.debug("statement {} is {} (original {})", plan.id(), info.status(), info.originalId());
    metrics.enriched(info.status());
    context.forward(new Record<>(plan.id(), EnrichedJson.withDuplicate(plan.statement(), info), timestamp));
  }

  /**
   * The decision, from the PLAN's small fields. {@link DuplicateDecider} reads the text only to quote
   * reused passages, so it first decides on blanks as long as the sentences reach; only a statement
   * found to reuse passages is decided again with its text, read from the statement's JSON.
   */
  private DuplicateInfo decide(DedupMessage plan, Map<Long, Candidate> candidates) {
    Set<Long> exactHits = new HashSet<>(plan.exactHits() == null ? List.of() : plan.exactHits());
    List<SentenceKey> sentences = plan.sentences() == null ? List.of() : plan.sentences();
    List<List<IndexEntry>> sentenceHits = plan.sentenceHits() == null ? List.of() : plan.sentenceHits();
    Fingerprint unread = new Fingerprint(plan.exactKey(), plan.sketch(), NO_BANDS, sentences, blanks(sentences));
    DuplicateInfo info = DuplicateDecider.decide(plan.id(), plan.probe(), plan.ts(), unread, exactHits,
        candidates, sentenceHits, policy);
    if (info.reused().isEmpty()) {
      return info;
    }
    Fingerprint fp = new Fingerprint(plan.exactKey(), plan.sketch(), NO_BANDS, sentences,
        TextNormalizer.stripMarkup(EnrichedJson.statementText(plan.statement())));
    return DuplicateDecider.decide(plan.id(), plan.probe(), plan.ts(), fp, exactHits, candidates,
        sentenceHits, policy);
  }

  private static String blanks(List<SentenceKey> sentences) {
    int end = 0;
    for (SentenceKey s : sentences) {
      end = Math.max(end, s.end());
    }
    return " ".repeat(end);
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
      DedupMessage plan = plans.get(key);
      pending.delete(key);
      plans.delete(key);
      if (plan != null) {
        LOG.warn("statement {} decided with {} of {} verdicts", plan.id(), state.verdicts().size(),
            plan.expected());
        emit(plan.ts(), plan, state.verdicts());
      }
    }
  }
}
