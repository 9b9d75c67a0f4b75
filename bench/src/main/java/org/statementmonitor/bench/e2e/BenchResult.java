package org.statementmonitor.bench.e2e;

import java.util.List;
import java.util.Map;

/**
 * What a run measured: the report's key figures (flat, snake_case, as written to JSON), the latency
 * series of the plot and the resource samples.
 */
record BenchResult(Map<String, Object> figures, Latencies indexed, Latencies alerted,
    List<ResourceSampler.Sample> samples) {}
