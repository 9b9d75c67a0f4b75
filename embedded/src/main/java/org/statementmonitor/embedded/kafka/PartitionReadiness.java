package org.statementmonitor.embedded.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Waits after a (re)start until the broker leads every partition it holds and answers for each.
 *
 * <p>A restarted broker accepts connections and lists its topics before it has taken up the
 * leadership of every partition. An idempotent producer that writes in that moment can see its first
 * batch refused with {@code NOT_LEADER_OR_FOLLOWER} while a later batch of the same producer is
 * accepted once leadership arrives; the retried first batch is then out of sequence for good and its
 * records expire. So the broker is only called ready when the metadata names a leader for every
 * partition and a latest-offset request, which only a leader answers, succeeds for all of them.
 */
final class PartitionReadiness {

  private static final long PAUSE_MILLIS = 100;

  private PartitionReadiness() {}

  /**
   * Returns once every partition of every topic (internal ones included) is led and answers.
   *
   * @throws TimeoutException if that has not happened within {@code timeout}
   */
  static void await(Admin admin, Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastProblem = "no answer yet";
    while (System.nanoTime() < deadline) {
      try {
        String problem = check(admin, remaining(deadline));
        if (problem == null) {
          return;
        }
        lastProblem = problem;
      } catch (ExecutionException | TimeoutException e) {
        lastProblem = String.valueOf(e.getCause() == null ? e : e.getCause());
      }
      TimeUnit.MILLISECONDS.sleep(PAUSE_MILLIS);
    }
    throw new TimeoutException("partitions not all led within " + timeout + ": " + lastProblem);
  }

  /** Null when every partition is led and answers, otherwise what is not ready yet. */
  private static String check(Admin admin, long millis) throws InterruptedException, ExecutionException,
      TimeoutException {
    Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
        .get(millis, TimeUnit.MILLISECONDS);
    if (topics.isEmpty()) {
      return null;
    }
    Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
        .get(millis, TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (TopicDescription description : descriptions.values()) {
      for (TopicPartitionInfo partition : description.partitions()) {
        TopicPartition tp = new TopicPartition(description.name(), partition.partition());
        if (partition.leader() == null || partition.leader().isEmpty()) {
          return tp + " has no leader";
        }
        latest.put(tp, OffsetSpec.latest());
      }
    }
    admin.listOffsets(latest).all().get(millis, TimeUnit.MILLISECONDS);
    return null;
  }

  private static long remaining(long deadline) {
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
  }
}
