package org.statementmonitor.common.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Creates the Prometheus registry a process shares between its services, with JVM and processor
 * meters bound. Meter names follow {@code monitor.<module>.<thing>}.
 */
public final class Metrics {

  private Metrics() {}

  /** A new registry with JVM meters; the caller closes it at shutdown. */
  public static PrometheusMeterRegistry newRegistry() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    // JvmGcMetrics holds listeners; it lives as long as the registry in every process here.
    new JvmGcMetrics().bindTo(registry);
    return registry;
  }
}
