package org.statementmonitor.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;

/**
 * The alerts service's meters, all named {@code monitor.alerts.*} with outcomes as tags: statements
 * matched, alerts raised per kind, alerts suppressed by throttling, deliveries per channel and
 * outcome, records dead-lettered, rules loaded/refused/broad.
 */
public final class AlertMetrics {

  private final MeterRegistry registry;
  private final Timer matchTime;
  private final Counter matched;
  private final Counter suppressed;
  private final Counter deadLettered;

  public AlertMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.matchTime = Timer.builder("monitor.alerts.match.time")
        .description("Time to match one batch of statements against every rule").register(registry);
    this.matched = Counter.builder("monitor.alerts.matched").baseUnit("matches")
        .description("Rule matches (one per rule and statement)").register(registry);
    this.suppressed = Counter.builder("monitor.alerts.suppressed").baseUnit("alerts")
        .description("Alerts held back by a rule's throttle").register(registry);
    this.deadLettered = Counter.builder("monitor.alerts.deadlettered").baseUnit("records")
        .description("Records the alerts service could not process, sent to the dead-letter topic").register(registry);
  }

  /** Meters in a registry nobody reads: for tests and the offline command. */
  public static AlertMetrics discarding() {
    return new AlertMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public Timer matchTime() {
    return matchTime;
  }

  public void matched(int n) {
    matched.increment(n);
  }

  public void suppressed() {
    suppressed.increment();
  }

  public void deadLettered() {
    deadLettered.increment();
  }

  /** One alert raised, by kind. */
  public void raised(String kind) {
    Counter.builder("monitor.alerts.raised").baseUnit("alerts").description("Alerts written to the alerts topic")
        .tag("kind", kind).register(registry).increment();
  }

  /**
   * One delivery attempt settled: outcome delivered, failed (will retry), dead (gave up), or
   * unrecorded (its outcome could not be written to the delivery log; the alert's offset stays uncommitted).
   */
  public void delivery(String channel, String outcome) {
    Counter.builder("monitor.alerts.delivered").baseUnit("alerts")
        .description("Alert deliveries to external channels, by channel and outcome")
        .tags("channel", channel, "outcome", outcome).register(registry).increment();
  }

  /** A gauge of the rules: state loaded, refused or broad. */
  public void rulesGauge(String state, Supplier<Number> value) {
    io.micrometer.core.instrument.Gauge.builder("monitor.alerts.rules", value)
        .description("Rules by state: loaded, refused, broad (matching nearly everything)")
        .baseUnit("rules").tag("state", state).register(registry);
  }
}
