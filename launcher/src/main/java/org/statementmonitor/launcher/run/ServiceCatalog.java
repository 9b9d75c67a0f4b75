package org.statementmonitor.launcher.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.service.MonitorServiceFactory;

/**
 * The services this installation provides, found with {@link ServiceLoader} on the class path (each
 * service module registers its {@link MonitorServiceFactory}), so the launcher has no compile-time
 * knowledge of any service.
 */
public final class ServiceCatalog {

  /** The services a complete installation provides, in pipeline order. */
  public static final List<String> EXPECTED = List.of("ingest", "enrich", "index", "alerts");

  private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalog.class);
  private static final int MAX_BROKEN = 20;

  private final Map<String, MonitorServiceFactory> byName;
  private final List<String> broken;

  private ServiceCatalog(Map<String, MonitorServiceFactory> byName, List<String> broken) {
    this.byName = byName;
    this.broken = List.copyOf(broken);
  }

  /** Every factory registered on the class path; a provider that fails to load is reported, not fatal. */
  public static ServiceCatalog load() {
    Map<String, MonitorServiceFactory> found = new LinkedHashMap<>();
    List<String> broken = new ArrayList<>();
    Iterator<MonitorServiceFactory> providers = ServiceLoader.load(MonitorServiceFactory.class).iterator();
    // a broken registration (class missing, constructor failing) must not hide the others
    for (int failures = 0; failures < MAX_BROKEN; ) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        add(found, providers.next());
      } catch (ServiceConfigurationError | RuntimeException e) {
        failures++;
        LOG.error("a service factory cannot be loaded: {}", e.getMessage());
        broken.add(e.getMessage());
      }
    }
    return new ServiceCatalog(found, broken);
  }

  /** A catalog of the given factories (tests, embedding). */
  public static ServiceCatalog of(List<? extends MonitorServiceFactory> factories) {
    Map<String, MonitorServiceFactory> found = new LinkedHashMap<>();
    factories.forEach(f -> add(found, f));
    return new ServiceCatalog(found, List.of());
  }

  private static void add(Map<String, MonitorServiceFactory> found, MonitorServiceFactory factory) {
    MonitorServiceFactory previous = found.putIfAbsent(factory.name(), factory);
    if (previous != null) {
      throw new IllegalStateException("two service factories are named '" + factory.name() + "': "
          + previous.getClass().getName() + " and " + factory.getClass().getName()
          + "; remove one registration from META-INF/services");
    }
  }

  /** The factory of a service, by its command-line name. */
  public Optional<MonitorServiceFactory> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every factory in start order (lower {@code startOrder} first, then by name). */
  public List<MonitorServiceFactory> inStartOrder() {
    return byName.values().stream()
        .sorted(Comparator.comparingInt(MonitorServiceFactory::startOrder)
            .thenComparing(MonitorServiceFactory::name))
        .toList();
  }

  /** Names of the factories present. */
  public List<String> names() {
    return inStartOrder().stream().map(MonitorServiceFactory::name).toList();
  }

  /** Expected services that no module on the class path provides yet. */
  public List<String> missing() {
    return EXPECTED.stream().filter(name -> !byName.containsKey(name)).toList();
  }

  /** Providers that were registered but could not be loaded, with the reason. */
  public List<String> broken() {
    return broken;
  }
}
