package org.statementmonitor.alerts.decide;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.alerts.rules.Spike;
import org.statementmonitor.common.json.JsonSerde;
import org.statementmonitor.common.topic.Topics;

/**
 * The decision topology: enriched statements in, alerts (and dead letters) out. One processor
 * matches each statement against the rules and decides, with its stores (changelogged in Kafka, so
 * decisions survive restarts and replays), what to raise:
 *
 * <ul>
 *   <li>{@value #FIRED_STORE}: rule+statement, rule+cluster and rule+source marks (fire once);
 *   <li>{@value #PICKUPS_STORE}: per duplicate cluster, the pickup rules its original matched;
 *   <li>{@value #THROTTLE_STORE}: per rule, alerts raised in the period and held back;
 *   <li>{@value #DIGEST_STORE}: per digest rule, the alerts of the current period;
 *   <li>{@value #SPIKE_STORE}: per spike rule, counts of matches per time bucket (a window store).
 * </ul>
 */
public final class AlertTopology {

  public static final String SOURCE = "alerts-enriched-source";
  public static final String DECIDER = "alerts-decider";
  public static final String ALERTS_SINK = "alerts-sink";
  public static final String DEAD_LETTER_SINK = "alerts-dead-letter-sink";
  public static final String FIRED_STORE = "alerts-fired-store";
  public static final String PICKUPS_STORE = "alerts-pickups-store";
  public static final String THROTTLE_STORE = "alerts-throttle-store";
  public static final String DIGEST_STORE = "alerts-digest-store";
  public static final String SPIKE_STORE = "alerts-spike-store";

  private AlertTopology() {}

  /**
   * Builds the topology.
   *
   * @param book the rules in force (read on every record, so reloads apply at once)
   * @param retention how long fire-once marks for statements and clusters are kept
   */
  public static Topology build(RuleBook book, AlertMetrics metrics, Duration retention) {
    Topology topology = new Topology();
    topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
        Topics.ENRICHED.name());
    topology.addProcessor(DECIDER, () -> new AlertDecider(book, metrics, retention), SOURCE);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(FIRED_STORE),
        Serdes.String(), JsonSerde.of(FiredMark.class)), DECIDER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PICKUPS_STORE),
        Serdes.String(), JsonSerde.of(PickupWatch.class)), DECIDER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(THROTTLE_STORE),
        Serdes.String(), JsonSerde.of(ThrottleState.class)), DECIDER);
    topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DIGEST_STORE),
        Serdes.String(), JsonSerde.of(DigestState.class)), DECIDER);
    Duration spikeRetention = Spike.MAX_BASELINE.plus(Spike.MAX_WINDOW).plus(Duration.ofHours(1));
    topology.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(SPIKE_STORE, spikeRetention, Duration.ofSeconds(1), false),
        Serdes.String(), Serdes.Long()), DECIDER);
    topology.addSink(ALERTS_SINK, Topics.ALERTS.name(), Topics.ALERTS.keySerde().serializer(),
        Topics.ALERTS.valueSerde().serializer(), DECIDER);
    topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTERS.name(), Topics.DEAD_LETTERS.keySerde().serializer(),
        Topics.DEAD_LETTERS.valueSerde().serializer(), DECIDER);
    return topology;
  }
}
