package org.statementmonitor.testkit.kafka;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.statementmonitor.testkit.TestServers;

/**
 * JUnit 5 extension that resolves {@link KafkaCluster} parameters (test methods, constructors,
 * {@code @BeforeAll}/{@code @BeforeEach}) with the JVM's shared broker, started on first use. The broker
 * is registered in the root context's store, so it stops once, when the whole run ends.
 *
 * <pre>{@code
 * @ExtendWith(KafkaExtension.class)
 * class IndexerIT {
 *   @Test
 *   void shouldIndex(KafkaCluster kafka) { ... kafka.bootstrapServers() ... }
 * }
 * }</pre>
 */
public final class KafkaExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  /** The shared broker, registered for shutdown at the end of the run. */
  public static KafkaCluster shared(ExtensionContext context) {
    context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(StopAtEndOfRun.class, k -> new StopAtEndOfRun(), StopAtEndOfRun.class);
    KafkaCluster kafka = TestServers.kafka();
    if (!kafka.isRunning()) {
      kafka.start(); // an earlier test stopped it and did not start it again
    }
    return kafka;
  }

  /** Stored in the root store: JUnit closes it when the run is over. */
  private static final class StopAtEndOfRun implements AutoCloseable {
    @Override
    public void close() {
      TestServers.closeKafka();
    }
  }
}
