package org.statementmonitor.enrich.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

/**
 * The signature store, keyed by statement id hash (each owned by one partition, {@link KeyGroups}):
 * remembers each statement's id, timestamp and compact {@link Sketch}, and compares candidates'
 * sketches with a probe's. A {@code VERIFY_GROUP} (a probe's candidates owned by this partition, and
 * its own registration when it carries the probe's id) is answered with one {@code VERDICT_GROUP},
 * keyed by the probe, for the candidates whose sketches are here. The one-per-record kinds of an
 * earlier version are still served: {@code REGISTER}, and {@code VERIFY} answered by {@code VERDICT}.
 *
 * <p>A candidate comes from the index, so its sketch is registered or on its way: a copy can be
 * gathered before its original's own gather completes. A {@code VERIFY} for a sketch not registered
 * yet is parked (store {@value EnrichTopology#VERIFY_WAIT_STORE}) and answered when the {@code
 * REGISTER} arrives; one still parked after the wait timeout (the candidate aged out or its
 * registration was lost) is answered without a match. Entries older than the horizon are purged.
 */
final class SignatureProcessor implements Processor<Long, DedupMessage, Long, DedupMessage> {

  private static final Logger LOG = LoggerFactory.getLogger(SignatureProcessor.class);

  /** What the store keeps per statement. */
  record Signature(String id, long ts, Sketch sketch) {}

  private final long horizonMs;
  private final long purgeIntervalMs;
  private final long waitMs;
  private ProcessorContext<Long, DedupMessage> context;
  private KeyValueStore<Long, Signature> signatures;
  private KeyValueStore<Long, GatherProcessor.Pending> waiting;

  /**
   * @param waitMs how long a {@code VERIFY} waits for its candidate's sketch; shorter than the
   *     decider's release timeout, so the decision is not released first
   */
  SignatureProcessor(long horizonMs, long purgeIntervalMs, long waitMs) {
    this.horizonMs = horizonMs;
    this.purgeIntervalMs = purgeIntervalMs;
    this.waitMs = waitMs;
  }

  @Override
  public void init(ProcessorContext<Long, DedupMessage> context) {
    this.context = context;
    this.signatures = context.getStateStore(EnrichTopology.SIGNATURE_STORE);
    this.waiting = context.getStateStore(EnrichTopology.VERIFY_WAIT_STORE);
    StorePurger.schedule(context, purgeIntervalMs, () -> {
      long oldest = context.currentStreamTimeMs() - horizonMs;
      StorePurger.purge(signatures, s -> s.ts() < oldest ? null : s);
    });
    StorePurger.schedule(context, Math.max(500, waitMs / 2), this::answerStaleWaits);
  }

  @Override
  public void process(Record<Long, DedupMessage> record) {
    DedupMessage m = record.value();
    switch (m.kind()) {
      case REGISTER -> register(record, record.key(), m);
      case VERIFY_GROUP -> verifyGroup(record, m);
      default -> {
        Signature earlier = signatures.get(record.key());
        if (earlier == null) {
          park(record.key(), m);
        } else {
          answer(record, m, earlier);
        }
      }
    }
  }

  private void verifyGroup(Record<Long, DedupMessage> record, DedupMessage group) {
    List<DedupMessage.Verdict> verdicts = new ArrayList<>();
    for (long candidate : group.candidates()) {
      Signature earlier = signatures.get(candidate);
      if (earlier == null) {
        park(candidate, DedupMessage.verify(group.probe(), group.ts(), group.sketch()));
      } else {
        verdicts.add(new DedupMessage.Verdict(candidate, earlier.id(), earlier.ts(),
            earlier.sketch().compare(group.sketch())));
      }
    }
    if (!verdicts.isEmpty()) {
      context.forward(record.withKey(group.probe()).withValue(DedupMessage.verdictGroup(group.probe(), verdicts)));
    }
    if (group.id() != null) {
      register(record, group.probe(), group);
    }
  }

  private void register(Record<Long, DedupMessage> record, long idHash, DedupMessage m) {
    Signature registered = new Signature(m.id(), m.ts(), m.sketch());
    signatures.put(idHash, registered);
    answerWaiting(record.withKey(idHash), registered);
  }

  private void answer(Record<Long, DedupMessage> record, DedupMessage verify, Signature earlier) {
    Match match = earlier == null ? null : earlier.sketch().compare(verify.sketch());
    context.forward(record.withKey(verify.probe()).withValue(DedupMessage.verdict(verify.probe(),
        record.key(), earlier == null ? null : earlier.id(), earlier == null ? 0 : earlier.ts(), match)));
  }

  private void park(long candidate, DedupMessage verify) {
    GatherProcessor.Pending parked = waiting.get(candidate);
    List<DedupMessage> verifies = new ArrayList<>(parked == null ? List.of() : parked.replies());
    verifies.add(verify);
    waiting.put(candidate, new GatherProcessor.Pending(-1, verifies,
        parked == null ? context.currentSystemTimeMs() : parked.since()));
    LOG.debug("verification of {} against {} waits for its sketch", verify.probe(), candidate);
  }

  private void answerWaiting(Record<Long, DedupMessage> record, Signature registered) {
    GatherProcessor.Pending parked = waiting.get(record.key());
    if (parked != null) {
      waiting.delete(record.key());
      for (DedupMessage verify : parked.replies()) {
        answer(record, verify, registered);
      }
    }
  }

  private void answerStaleWaits() {
    long now = context.currentSystemTimeMs();
    List<Long> stale = new ArrayList<>();
    try (var all = waiting.all()) {
      while (all.hasNext()) {
        var kv = all.next();
        if (now - kv.value.since() > waitMs) {
          stale.add(kv.key);
        }
      }
    }
    for (Long candidate : stale) {
      GatherProcessor.Pending parked = waiting.get(candidate);
      waiting.delete(candidate);
      for (DedupMessage verify : parked.replies()) {
        answer(new Record<>(candidate, verify, verify.ts()), verify, null);
      }
    }
  }
}
