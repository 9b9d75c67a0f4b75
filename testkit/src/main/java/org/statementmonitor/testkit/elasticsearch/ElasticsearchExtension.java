package org.statementmonitor.testkit.elasticsearch;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.statementmonitor.testkit.TestServers;

/**
 * JUnit 5 extension that resolves {@link ElasticsearchNode} parameters (test methods, constructors,
 * {@code @BeforeAll}/{@code @BeforeEach}) with the JVM's shared node, started on first use and stopped
 * once, when the whole run ends (root context store).
 *
 * <pre>{@code
 * @ExtendWith(ElasticsearchExtension.class)
 * class IndexerIT {
 *   @Test
 *   void shouldIndex(ElasticsearchNode es) { ... es.url() ... es.http().count("statements") ... }
 * }
 * }</pre>
 */
public final class ElasticsearchExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ElasticsearchExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ElasticsearchNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  /** The shared node, registered for shutdown at the end of the run. */
  public static ElasticsearchNode shared(ExtensionContext context) {
    context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(StopAtEndOfRun.class, k -> new StopAtEndOfRun(), StopAtEndOfRun.class);
    ElasticsearchNode node = TestServers.elasticsearch();
    if (!node.isRunning()) {
      node.start(); // an earlier test stopped it and did not start it again
    }
    return node;
  }

  /** Stored in the root store: JUnit closes it when the run is over. */
  private static final class StopAtEndOfRun implements AutoCloseable {
    @Override
    public void close() {
      TestServers.closeElasticsearch();
    }
  }
}
