package org.statementmonitor.common.topic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;

/** Creates the pipeline's topics when they do not exist yet; existing topics are left as they are. */
public final class TopicProvisioner {

  private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

  private TopicProvisioner() {}

  /** Ensures every topic exists, with the configured partitions and replication factor. */
  public static void ensure(KafkaSettings kafka, Collection<Topic<?, ?>> topics) {
    ensure(kafka, topics, Map.of());
  }

  /**
   * Ensures every topic exists; {@code configs} gives topic-level settings by topic name (for example
   * {@code cleanup.policy=compact}).
   */
  public static void ensure(KafkaSettings kafka, Collection<Topic<?, ?>> topics,
      Map<String, Map<String, String>> configs) {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> topic : topics) {
        if (!existing.contains(topic.name())) {
          missing.add(new NewTopic(topic.name(), kafka.partitions(), kafka.replicationFactor())
              .configs(configs.getOrDefault(topic.name(), Map.of())));
        }
      }
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(30, TimeUnit.SECONDS);
          LOG.info("created topic {}", entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot reach Kafka at " + kafka.bootstrapServers()
          + " to create topics: " + e, e);
    }
  }
}
