package org.statementmonitor.bench.e2e;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The local Elasticsearch node of the {@code embedded} module ({@code LocalElasticsearch}: a child
 * process on a free port under {@code runDir}), reached by name so the benchmark builds whether or not
 * the module carries it; without it, run with {@code --kafka} and {@code --elasticsearch}.
 */
final class LocalNode implements AutoCloseable {

  static final String CLASS = "org.statementmonitor.embedded.elasticsearch.LocalElasticsearch";

  private final AutoCloseable node;
  private final Method url;
  private final Method pid;

  private LocalNode(AutoCloseable node) throws ReflectiveOperationException {
    this.node = node;
    this.url = node.getClass().getMethod("url");
    this.pid = node.getClass().getMethod("pid");
  }

  static LocalNode start(Path runDir) {
    try {
      Class<?> type = Class.forName(CLASS);
      Object builder = type.getMethod("builder").invoke(null);
      builder.getClass().getMethod("runDir", Path.class).invoke(builder, runDir);
      builder.getClass().getMethod("httpPort", int.class).invoke(builder, 0);
      Object node = builder.getClass().getMethod("build").invoke(builder);
      node.getClass().getMethod("start").invoke(node);
      return new LocalNode((AutoCloseable) node);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("this build has no local Elasticsearch node (" + CLASS
          + "); give --kafka and --elasticsearch to run against existing clusters", e);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalStateException("the local Elasticsearch node did not start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot drive " + CLASS + ": " + e, e);
    }
  }

  String url() {
    try {
      return (String) url.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  OptionalInt pid() {
    try {
      return (OptionalInt) pid.invoke(node);
    } catch (ReflectiveOperationException e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public void close() {
    try {
      node.close();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the local Elasticsearch node failed: " + e, e);
    }
  }
}
