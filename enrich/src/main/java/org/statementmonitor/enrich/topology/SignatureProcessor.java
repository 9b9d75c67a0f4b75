package org.statementmonitor.enrich.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

/**
 * The signature store, keyed by statement id hash: remembers each statement's id, timestamp and
 * compact {@link Sketch} ({@code REGISTER}), and answers {@code VERIFY} requests for a candidate by
 * comparing its sketch with the probe's ({@code VERDICT}, keyed by the probe). A candidate whose
 * sketch is gone (past the horizon) is answered without a match. Entries older than the horizon are
 * purged.
 */
final class SignatureProcessor implements Processor<Long, DedupMessage, Long, DedupMessage> {

  /** What the store keeps per statement. */
  record Signature(String id, long ts, Sketch sketch) {}

  private final long horizonMs;
  private final long purgeIntervalMs;
  private ProcessorContext<Long, DedupMessage> context;
  private KeyValueStore<Long, Signature> signatures;

  SignatureProcessor(long horizonMs, long purgeIntervalMs) {
    this.horizonMs = horizonMs;
    this.purgeIntervalMs = purgeIntervalMs;
  }

  @Override
  public void init(ProcessorContext<Long, DedupMessage> context) {
    this.context = context;
    this.signatures = context.getStateStore(EnrichTopology.SIGNATURE_STORE);
    StorePurger.schedule(context, purgeIntervalMs, () -> {
      long oldest = context.currentStreamTimeMs() - horizonMs;
      StorePurger.purge(signatures, s -> s.ts() < oldest ? null : s);
    });
  }

  @Override
  public void process(Record<Long, DedupMessage> record) {
    DedupMessage m = record.value();
    if (m.kind() == DedupMessage.Kind.REGISTER) {
      signatures.put(record.key(), new Signature(m.id(), m.ts(), m.sketch()));
      return;
    }
    Signature earlier = signatures.get(record.key());
    Match match = earlier == null ? null : earlier.sketch().compare(m.sketch());
    context.forward(record.withKey(m.probe()).withValue(DedupMessage.verdict(m.probe(), record.key(),
        earlier == null ? null : earlier.id(), earlier == null ? 0 : earlier.ts(), match)));
  }
}
