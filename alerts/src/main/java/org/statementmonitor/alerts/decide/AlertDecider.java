package org.statementmonitor.alerts.decide;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.alerts.matching.RuleMatch;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.alerts.rules.RuleKind;
import org.statementmonitor.alerts.rules.RuleSet;
import org.statementmonitor.alerts.rules.Throttle;
import org.statementmonitor.common.logging.StatementMdc;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.topic.Topics;

/**
 * Matches each enriched statement against the rules and decides which alerts to raise: once per rule
 * and statement, once per rule and duplicate cluster (pickup rules then raise one pickup per copy),
 * new sources per rule, spikes from bucketed counts, throttled per rule, collected into digests. A
 * record that cannot be read or processed goes to the dead-letter topic with the reason.
 */
final class AlertDecider implements Processor<String, byte[], String, Object> {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDecider.class);
  static final String STAGE = "alerts.decide";
  static final Duration DIGEST_CHECK = Duration.ofSeconds(30);
  static final Duration SWEEP = Duration.ofHours(1);

  private final RuleBook book;
  private final AlertMetrics metrics;
  private final Duration retention;
  private final BroadRuleGuard broadGuard;
  private ProcessorContext<String, Object> context;
  private KeyValueStore<String, FiredMark> fired;
  private KeyValueStore<String, PickupWatch> pickups;
  private KeyValueStore<String, ThrottleState> throttles;
  private KeyValueStore<String, DigestState> digests;
  private WindowStore<String, Long> spikes;

  AlertDecider(RuleBook book, AlertMetrics metrics, Duration retention) {
    this.book = book;
    this.metrics = metrics;
    this.retention = retention;
    this.broadGuard = new BroadRuleGuard(book::reportBroad);
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    fired = context.getStateStore(AlertTopology.FIRED_STORE);
    pickups = context.getStateStore(AlertTopology.PICKUPS_STORE);
    throttles = context.getStateStore(AlertTopology.THROTTLE_STORE);
    digests = context.getStateStore(AlertTopology.DIGEST_STORE);
    spikes = context.getStateStore(AlertTopology.SPIKE_STORE);
    context.schedule(DIGEST_CHECK, PunctuationType.WALL_CLOCK_TIME, this::sendDueDigests);
    context.schedule(SWEEP, PunctuationType.WALL_CLOCK_TIME, this::forgetExpiredMarks);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    try (StatementMdc.Scope ignored = StatementMdc.of(record.key())) {
      processStatement(record);
    }
  }

  private void processStatement(Record<String, byte[]> record) {
    EnrichedStatement statement;
    try {
      statement = Json.fromBytes(record.value(), EnrichedStatement.class);
    } catch (JsonRecordException e) {
      deadLetter(record, "not a readable enriched statement: " + e.getMessage(), e);
      return;
    }
    if (statement == null) {
      return;
    }
    try {
      decide(statement, record.timestamp());
    } catch (RuntimeException e) {
      LOG.error("cannot decide alerts for statement {}", statement.id(), e);
      deadLetter(record, "alert decision failed: " + e, e);
    }
  }

  private void decide(EnrichedStatement s, long timestamp) {
    RuleSet rules = book.current();
    List<RuleMatch> matches = metrics.matchTime().record(() -> book.matcher().match(s));
    metrics.matched(matches.size());
    broadGuard.observe(matches);
    String cluster = clusterOf(s);
    Map<String, RuleMatch> byRule = new HashMap<>();
    for (RuleMatch match : matches) {
      Rule rule = rules.rule(match.rule());
      if (rule == null) {
        continue;
      }
      byRule.put(rule.name(), match);
      LOG.debug("statement {} matched rule {}", s.id(), rule.name());
      switch (rule.kind()) {
        case MATCH -> raiseOncePerCluster(rules, rule, s, match, cluster);
        case PICKUP -> {
          if (raiseOncePerCluster(rules, rule, s, match, cluster)) {
            watchForPickups(rule, s, cluster);
          }
        }
        case NEW_SOURCE -> raiseIfNewSource(rules, rule, s, match, cluster);
        case SPIKE -> countForSpike(rules, rule, s, match, timestamp);
      }
    }
    if (!isOriginal(s)) {
      raisePickups(rules, s, cluster, byRule);
    }
  }

  private boolean raiseOncePerCluster(RuleSet rules, Rule rule, EnrichedStatement s, RuleMatch match,
      String cluster) {
    String statementKey = "s|" + rule.name() + "|" + s.id();
    String clusterKey = "c|" + rule.name() + "|" + cluster;
    if (fired.get(statementKey) != null || fired.get(clusterKey) != null) {
      return false;
    }
    FiredMark mark = mark(s);
    fired.put(statementKey, mark);
    fired.put(clusterKey, mark);
    raise(rules, rule, suppressed -> AlertFactory.forMatch(rule, "match", s, match, cluster, suppressed, now()));
    return true;
  }

  private void watchForPickups(Rule rule, EnrichedStatement s, String cluster) {
    PickupWatch watch = pickups.get(cluster);
    if (watch == null) {
      watch = new PickupWatch(s.id(), sourceOf(s), s.statement().title(), AlertFactory.published(s.statement()),
          List.of(), now());
    }
    pickups.put(cluster, watch.plus(rule.name(), now()));
  }

  private void raisePickups(RuleSet rules, EnrichedStatement copy, String cluster, Map<String, RuleMatch> byRule) {
    PickupWatch watch = pickups.get(cluster);
    if (watch == null || watch.originalId().equals(copy.id())) {
      return;
    }
    for (String name : watch.rules()) {
      Rule rule = rules.rule(name);
      String key = "s|" + name + "|" + copy.id();
      if (rule == null || rule.kind() != RuleKind.PICKUP || fired.get(key) != null) {
        continue;
      }
      fired.put(key, mark(copy));
      raise(rules, rule, suppressed -> AlertFactory.forPickup(rule, copy, watch, byRule.get(name), cluster,
          suppressed, now()));
    }
  }

  private void raiseIfNewSource(RuleSet rules, Rule rule, EnrichedStatement s, RuleMatch match, String cluster) {
    String sourceKey = "n|" + rule.name() + "|" + sourceOf(s);
    String statementKey = "s|" + rule.name() + "|" + s.id();
    if (fired.get(sourceKey) != null || fired.get(statementKey) != null) {
      return;
    }
    FiredMark mark = mark(s);
    fired.put(sourceKey, mark);
    fired.put(statementKey, mark);
    raise(rules, rule, suppressed -> AlertFactory.forMatch(rule, "new_source", s, match, cluster, suppressed, now()));
  }

  private void countForSpike(RuleSet rules, Rule rule, EnrichedStatement s, RuleMatch match, long timestamp) {
    String statementKey = "s|" + rule.name() + "|" + s.id();
    if (fired.get(statementKey) != null) {
      return; // a replayed statement is counted once
    }
    fired.put(statementKey, mark(s));
    long bucketMillis = rule.spike().bucketMillis();
    long bucket = timestamp - Math.floorMod(timestamp, bucketMillis);
    Long count = spikes.fetch(rule.name(), bucket);
    spikes.put(rule.name(), (count == null ? 0 : count) + 1, bucket);
    SpikeDetector.Verdict verdict = SpikeDetector.judge(rule.spike(), timestamp,
        (from, to) -> sumCounts(rule.name(), from, to));
    String cooldownKey = "k|" + rule.name();
    FiredMark last = fired.get(cooldownKey);
    boolean coolingDown = last != null
        && last.at().plus(rule.spike().window()).isAfter(Instant.ofEpochMilli(timestamp));
    if (verdict.fire() && !coolingDown) {
      fired.put(cooldownKey, new FiredMark(s.id(), sourceOf(s), null, Instant.ofEpochMilli(timestamp)));
      raise(rules, rule, suppressed -> AlertFactory.forSpike(rule, verdict, bucket, s, match, suppressed, now()));
    }
  }

  private long sumCounts(String rule, long from, long to) {
    long sum = 0;
    try (WindowStoreIterator<Long> it = spikes.fetch(rule, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to - 1))) {
      while (it.hasNext()) {
        sum += it.next().value;
      }
    }
    return sum;
  }

  /** Raises an alert through the rule's throttle; {@code build} gets the count held back before it. */
  private void raise(RuleSet rules, Rule rule, java.util.function.IntFunction<Alert> build) {
    int suppressed = 0;
    Throttle throttle = rules.throttleOf(rule);
    if (throttle != null) {
      Throttler.Decision decision = Throttler.admit(throttles.get(rule.name()), throttle, now());
      throttles.put(rule.name(), decision.next());
      if (!decision.raise()) {
        metrics.suppressed();
        LOG.debug("rule {} throttled ({})", rule.name(), throttle);
        return;
      }
      suppressed = decision.suppressedBefore();
    }
    Alert alert = build.apply(suppressed);
    context.forward(new Record<String, Object>(alert.id(), alert, context.currentSystemTimeMs()), AlertTopology.ALERTS_SINK);
    metrics.raised(alert.kind());
    if (rule.digest() != null) {
      collectForDigest(rule, alert);
    }
  }

  private void collectForDigest(Rule rule, Alert alert) {
    DigestState digest = digests.get(rule.name());
    if (digest == null) {
      digest = DigestState.open(rule.digest().periodStart(now()));
    }
    digests.put(rule.name(), digest.plus(alert));
  }

  private void sendDueDigests(long wallClock) {
    Instant now = Instant.ofEpochMilli(wallClock);
    RuleSet rules = book.current();
    List<KeyValue<String, DigestState>> due = new java.util.ArrayList<>();
    try (KeyValueIterator<String, DigestState> it = digests.all()) {
      while (it.hasNext()) {
        KeyValue<String, DigestState> entry = it.next();
        Rule rule = rules.rule(entry.key);
        if (rule == null || rule.digest() == null
            || !now.isBefore(rule.digest().periodEnd(entry.value.periodStart()))) {
          due.add(entry);
        }
      }
    }
    for (KeyValue<String, DigestState> entry : due) {
      digests.delete(entry.key);
      Rule rule = rules.rule(entry.key);
      Instant end = rule != null && rule.digest() != null ? rule.digest().periodEnd(entry.value.periodStart()) : now;
      Alert digest = AlertFactory.forDigest(entry.key, entry.value, end, now);
      context.forward(new Record<String, Object>(digest.id(), digest, wallClock), AlertTopology.ALERTS_SINK);
      metrics.raised(digest.kind());
    }
  }

  private void forgetExpiredMarks(long wallClock) {
    Instant horizon = Instant.ofEpochMilli(wallClock).minus(retention);
    List<String> expired = new java.util.ArrayList<>();
    try (KeyValueIterator<String, FiredMark> it = fired.all()) {
      while (it.hasNext()) {
        KeyValue<String, FiredMark> entry = it.next();
        // new-source marks are kept: a source stays "seen" for the rule
        if (!entry.key.startsWith("n|") && entry.value.at() != null && entry.value.at().isBefore(horizon)) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(fired::delete);
    List<String> oldWatches = new java.util.ArrayList<>();
    try (KeyValueIterator<String, PickupWatch> it = pickups.all()) {
      while (it.hasNext()) {
        KeyValue<String, PickupWatch> entry = it.next();
        if (entry.value.at() != null && entry.value.at().isBefore(horizon)) {
          oldWatches.add(entry.key);
        }
      }
    }
    oldWatches.forEach(pickups::delete);
    LOG.debug("forgot {} fire-once marks and {} pickup watches older than {}", expired.size(), oldWatches.size(), horizon);
  }

  private void deadLetter(Record<String, byte[]> record, String reason, Throwable error) {
    LOG.warn("dead-lettering record {}: {}", record.key(), reason);
    var meta = context.recordMetadata();
    var letter = DeadLetters.of(STAGE, Topics.ENRICHED.name(), meta.map(m -> m.partition()).orElse(-1),
        meta.map(m -> m.offset()).orElse(-1L), record.key() == null ? null
            : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8), record.value(), reason, error);
    context.forward(new Record<String, Object>(record.key(), letter, record.timestamp()), AlertTopology.DEAD_LETTER_SINK);
    metrics.deadLettered();
  }

  private FiredMark mark(EnrichedStatement s) {
    return new FiredMark(s.id(), sourceOf(s), AlertFactory.published(s.statement()), now());
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }

  static boolean isOriginal(EnrichedStatement s) {
    return s.duplicate() == null || s.duplicate().status() == null
        || DuplicateStatus.ORIGINAL.name().equals(s.duplicate().status())
        || DuplicateStatus.REUSES_PASSAGES.name().equals(s.duplicate().status());
  }

  static String clusterOf(EnrichedStatement s) {
    return s.duplicate() != null && s.duplicate().clusterId() != null ? s.duplicate().clusterId() : s.id();
  }

  private static String sourceOf(EnrichedStatement s) {
    return s.statement().source() == null ? "unknown" : s.statement().source().name();
  }
}
