/**
 * The decision part of the alerts service, a Kafka Streams topology: which matches become alerts
 * (fire once per rule and statement or cluster, pickups of matched originals, new sources, spikes
 * over bucketed windows, throttles, digests). Its state lives in changelogged stores, so a restart or
 * replay raises nothing twice; alerts go to the alerts topic keyed by a deterministic id.
 */
package org.statementmonitor.alerts.decide;
