package org.statementmonitor.enrich.topology;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.topic.Topics;

/**
 * The partition count of the duplicate stage's repartition topics, read from the broker when enrich
 * starts: the count of {@value EnrichTopology#KEYS_TOPIC}'s topic when it exists, else the raw
 * topic's (Kafka Streams creates its repartition topics with the raw topic's count). The topology
 * groups a statement's index keys and verifications by the partition that owns them ({@link
 * KeyGroups}), so every instance must use the same count: the broker's.
 */
public final class DedupPartitions {

  private static final long TIMEOUT_SECONDS = 30;

  private DedupPartitions() {}

  /** The name Kafka Streams gives a repartition topic of this application. */
  static String repartitionTopic(String applicationId, String name) {
    return applicationId + "-" + name + "-repartition";
  }

  /** Reads the count from the broker; the raw topic must exist. */
  public static int read(KafkaSettings kafka, String applicationId) {
    String keys = repartitionTopic(applicationId, EnrichTopology.KEYS_TOPIC);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      String topic = existing.contains(keys) ? keys : Topics.RAW.name();
      Map<String, TopicDescription> described =
          admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return described.get(topic).partitions().size();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the partition count of the raw topic", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the partition count of " + Topics.RAW.name() + " or "
          + keys + " at " + kafka.bootstrapServers() + ": " + e, e);
    }
  }
}
