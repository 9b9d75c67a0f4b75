package org.statementmonitor.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;

/**
 * The enrich meters: {@code monitor.enrich.statements} (outcome=enriched), {@code
 * monitor.enrich.duplicates} (status=original|exact_copy|near_copy|reuses_passages) and {@code
 * monitor.enrich.failed} (stage=deserialize|process: records sent to the dead-letter topic).
 * Thread-safe; shared by the processors and the dead-letter handlers.
 */
public final class EnrichMetrics {

  /** Key under which the handlers find this object in the Kafka Streams configuration. */
  public static final String CONFIG_KEY = "monitor.enrich.metrics";

  private final MeterRegistry registry;

  public EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Meters that go nowhere (tests and the offline command). */
  public static EnrichMetrics noop() {
    return new EnrichMetrics(new SimpleMeterRegistry());
  }

  /** One statement written to the enriched topic with this duplicate status. */
  public void enriched(String duplicateStatus) {
    Counter.builder("monitor.enrich.statements").description("Statements processed by enrich")
        .baseUnit("statements").tag("outcome", "enriched").register(registry).increment();
    Counter.builder("monitor.enrich.duplicates").description("Duplicate decisions by status")
        .baseUnit("statements").tag("status", duplicateStatus.toLowerCase(Locale.ROOT))
        .register(registry).increment();
  }

  /** One record dead-lettered at a stage (deserialize or process). */
  public void failed(String stage) {
    Counter.builder("monitor.enrich.failed").description("Records enrich dead-lettered, by stage")
        .baseUnit("records").tag("stage", stage).register(registry).increment();
  }

  /** The registry (for tests). */
  public MeterRegistry registry() {
    return registry;
  }
}
