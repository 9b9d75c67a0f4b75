package org.statementmonitor.enrich.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.topology.DedupMessage.Kind;

/**
 * The enrich topology, as a pure factory. Raw statements are analysed and fingerprinted, then the
 * duplicate stage scatters and gathers over four named repartition topics so that it is correct at
 * any partition count and with any number of instances:
 *
 * <pre>
 * monitor.statements.raw
 *   -> enrich-analyze ............ analysis + fingerprint; index keys (exact / LSH band / sentence)
 *                                  grouped by owning partition: KEY_GROUP per partition, PROBE
 *   -> [dedup-keys] keyed by owning partition (KeyGroups)
 *   -> dedup-key-index ........... store dedup-key-index-store: key -> earliest statements (capped);
 *                                  GROUP_REPLY per KEY_GROUP
 *   -> [dedup-gather] keyed by statement (with the PROBE)
 *   -> dedup-gather .............. stores dedup-gather-store, dedup-gather-probe-store: replies
 *                                  until all groups answered
 *   -> [dedup-verify] keyed by owning partition of the candidates' and the statement's signatures
 *                                  (VERIFY_GROUP, the statement's REGISTER folded into one)
 *   -> dedup-signatures .......... store dedup-signature-store: statement -> id, time, sketch;
 *                                  dedup-verify-wait-store: VERIFYs waiting for a sketch
 *   -> [dedup-decide] keyed by statement (VERDICT_GROUPs with the PLAN)
 *   -> dedup-decide .............. stores dedup-decide-store, dedup-decide-plan-store: verdicts
 *                                  until all in; decision
 *   -> monitor.statements.enriched  the analyser's JSON with the verdict spliced in (EnrichedJson)
 * </pre>
 *
 * A statement crosses the four topics in at most {@code 4 × partitions + 2} records (plus one per
 * verification that waits for its candidate's sketch), whatever its number of index keys and
 * candidates ({@link KeyGroups}). Index and signature entries older than the horizon are purged;
 * gathers and decisions that wait longer than the release timeout are completed with what arrived.
 */
public final class EnrichTopology {

  public static final String SOURCE = "enrich-source-raw";
  public static final String ANALYZE = "enrich-analyze";
  public static final String ROUTE_KEY_PROBES = "dedup-route-key-probes";
  public static final String ROUTE_PROBES = "dedup-route-probes";
  public static final String KEYS_TOPIC = "dedup-keys";
  public static final String KEY_INDEX = "dedup-key-index";
  public static final String KEY_INDEX_STORE = "dedup-key-index-store";
  public static final String MERGE_GATHER = "dedup-merge-gather";
  public static final String GATHER_TOPIC = "dedup-gather";
  public static final String GATHER = "dedup-gather";
  public static final String GATHER_STORE = "dedup-gather-store";
  public static final String GATHER_PROBE_STORE = "dedup-gather-probe-store";
  public static final String ROUTE_VERIFY = "dedup-route-verify";
  public static final String ROUTE_PLANS = "dedup-route-plans";
  public static final String VERIFY_TOPIC = "dedup-verify";
  public static final String SIGNATURES = "dedup-signatures";
  public static final String SIGNATURE_STORE = "dedup-signature-store";
  public static final String VERIFY_WAIT_STORE = "dedup-verify-wait-store";
  public static final String MERGE_DECIDE = "dedup-merge-decide";
  public static final String DECIDE_TOPIC = "dedup-decide";
  public static final String DECIDE = "dedup-decide";
  public static final String DECIDE_STORE = "dedup-decide-store";
  public static final String DECIDE_PLAN_STORE = "dedup-decide-plan-store";
  public static final String SINK = "enrich-sink-enriched";

  private EnrichTopology() {}

  /** The topology for one-partition topics, with meters that go nowhere. */
  public static Topology build(EnrichConfig config, StatementAnalyzer analyzer) {
    return build(config, analyzer, EnrichMetrics.noop(), 1);
  }

  /**
   * The production topology.
   *
   * @param partitions the partition count of the duplicate stage's repartition topics ({@link
   *     DedupPartitions#read}); all instances of the application must pass the same
   */
  public static Topology build(EnrichConfig config, StatementAnalyzer analyzer, EnrichMetrics metrics,
      int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
    }
    DuplicatePolicy policy = config.policy();
    long horizonMs = config.horizon().toMillis();
    long purgeMs = config.purgeIntervalSeconds() * 1000L;
    long releaseMs = 2 * purgeMs;
    StreamsBuilder builder = new StreamsBuilder();
    addStores(builder);

    KStream<String, Statement> raw = builder.stream(Topics.RAW.name(),
        Consumed.with(Topics.RAW.keySerde(), Topics.RAW.valueSerde()).withName(SOURCE));
    KStream<Long, DedupMessage> scattered =
        raw.process(() -> new AnalyzeProcessor(analyzer, partitions), Named.as(ANALYZE));
    KStream<Long, DedupMessage> keyProbes =
        scattered.filter((k, m) -> m.kind() == Kind.KEY_GROUP, Named.as(ROUTE_KEY_PROBES));
    KStream<Long, DedupMessage> probes =
        scattered.filter((k, m) -> m.kind() == Kind.PROBE, Named.as(ROUTE_PROBES));

    KStream<Long, DedupMessage> replies = keyProbes
        .repartition(repartitioned(KEYS_TOPIC).withStreamPartitioner(new KeyGroups.Partitioner(partitions)))
        .process(() -> new KeyIndexProcessor(policy, horizonMs, purgeMs), Named.as(KEY_INDEX), KEY_INDEX_STORE);
    KStream<Long, DedupMessage> gathered = replies.merge(probes, Named.as(MERGE_GATHER))
        .repartition(repartitioned(GATHER_TOPIC))
        .process(() -> new GatherProcessor(releaseMs, partitions), Named.as(GATHER), GATHER_STORE, GATHER_PROBE_STORE);
    KStream<Long, DedupMessage> verdicts = gathered
        .filter((k, m) -> m.kind() == Kind.VERIFY_GROUP, Named.as(ROUTE_VERIFY))
        .repartition(repartitioned(VERIFY_TOPIC).withStreamPartitioner(new KeyGroups.Partitioner(partitions)))
        .process(() -> new SignatureProcessor(horizonMs, purgeMs, releaseMs / 2), Named.as(SIGNATURES),
            SIGNATURE_STORE, VERIFY_WAIT_STORE);
    KStream<Long, DedupMessage> plans = gathered.filter((k, m) -> m.kind() == Kind.PLAN, Named.as(ROUTE_PLANS));
    KStream<String, byte[]> decided = verdicts.merge(plans, Named.as(MERGE_DECIDE))
        .repartition(repartitioned(DECIDE_TOPIC))
        .process(() -> new DecideProcessor(policy, releaseMs, metrics), Named.as(DECIDE), DECIDE_STORE, DECIDE_PLAN_STORE);

    // the decider emits the enriched topic's JSON bytes (EnrichedJson): written as they are
    decided.to(Topics.ENRICHED.name(),
        Produced.with(Topics.ENRICHED.keySerde(), Serdes.ByteArray()).withName(SINK));
    return builder.build();
  }

  private static Repartitioned<Long, DedupMessage> repartitioned(String name) {
    return Repartitioned.with(Serdes.Long(), DedupMessage.SERDE).withName(name);
  }

  /**
   * The duplicate stage's stores, all with Kafka Streams' record cache in front: a gather or a
   * decision is created, rewritten once per reply and deleted within a commit interval or two, so the
   * cache absorbs those writes and neither RocksDB nor the changelog sees most of them.
   */
  private static void addStores(StreamsBuilder builder) {
    builder.addStateStore(store(KEY_INDEX_STORE, BucketCodec.serde()));
    builder.addStateStore(store(GATHER_STORE, DedupCodec.GATHER_PENDING));
    builder.addStateStore(store(GATHER_PROBE_STORE, DedupMessage.SERDE));
    builder.addStateStore(store(DECIDE_PLAN_STORE, DedupMessage.SERDE));
    builder.addStateStore(store(SIGNATURE_STORE, DedupCodec.SIGNATURE));
    builder.addStateStore(store(VERIFY_WAIT_STORE, DedupCodec.GATHER_PENDING));
    builder.addStateStore(store(DECIDE_STORE, DedupCodec.DECIDE_PENDING));
  }

  private static <V> StoreBuilder<KeyValueStore<Long, V>> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Long(), values)
        .withCachingEnabled();
  }
}
