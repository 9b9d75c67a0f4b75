package org.statementmonitor.launcher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries of the statement monitor, checked on the production classes of every module (the
 * launcher's test class path sees them all). Each rule's message says how to fix a violation.
 */
class ArchitectureTest {

  private static final String ROOT = "org.statementmonitor";
  private static final List<String> SERVICES = List.of("ingest", "enrich", "indexer", "alerts");

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    // the modules' compiled classes, side by side in the reactor: much faster than scanning every jar
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> modules = Stream.of("common", "embedded", "testkit", "ingest", "enrich", "indexer", "alerts",
        "launcher").map(m -> root.resolve(m).resolve("target/classes")).filter(Files::isDirectory).toList();
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPaths(modules);
  }

  @Test
  void shouldSeeTheModulesItChecks() {
    assertThat(classes.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith(ROOT + ".common"))
        .anyMatch(p -> p.startsWith(ROOT + ".launcher"))
        .anyMatch(p -> p.startsWith(ROOT + ".enrich"));
  }

  @Test
  void enrichShouldNeverTalkToElasticsearch() {
    ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".enrich..")
        .should().dependOnClassesThat().resideInAnyPackage("co.elastic.clients..", "org.elasticsearch..")
        .as("enrich never imports the Elasticsearch client")
        .because("enrich reads and writes Kafka topics only; writing to Elasticsearch is the indexer's job."
            + " To fix: put the enriched data on the record written to the enriched topic and let the"
            + " indexer map it into the document")
        .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void nothingShouldDependOnTheLauncher() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT + ".launcher..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".launcher..")
        .as("no module imports the launcher")
        .because("the launcher is where the services meet, at the top of the dependency graph. To fix: move"
            + " what you need from the launcher into common (or your own module) and have the launcher use it")
        .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void commonShouldDependOnNoServiceModule() {
    ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".common..")
        .should().dependOnClassesThat().resideInAnyPackage(serviceAndLauncherPackages())
        .as("common imports no service module")
        .because("every module depends on common, so common must depend on none of them. To fix: move the"
            + " shared type into common, or turn the dependency around with an interface in common that the"
            + " service implements (as MonitorServiceFactory does)")
        .allowEmptyShould(true);
    rule.check(classes);
  }

  @Test
  void serviceModulesShouldNotReachIntoEachOther() {
    for (String service : SERVICES) {
      ArchRule rule = noClasses().that().resideInAPackage(ROOT + "." + service + "..")
          .should().dependOnClassesThat(DescribedPredicate.describe(
              "belong to another service module, the embedded servers or the test kit",
              (JavaClass c) -> isForbiddenFor(service, c.getPackageName())))
          .as(service + " imports no other service module (alerts may use enrich.analysis),"
              + " no embedded servers and no test kit")
          .because("services talk through Kafka topics and the event records in common, so each can be"
              + " deployed and scaled alone. To fix: exchange the data through a topic and a record in"
              + " common; the one allowed exception is org.statementmonitor.enrich.analysis, which alerts"
              + " uses for 'rules test'")
          .allowEmptyShould(true);
      rule.check(classes);
    }
  }

  @Test
  void shouldAllowOnlyAlertsToUseTheSharedAnalysis() {
    assertThat(isForbiddenFor("alerts", ROOT + ".enrich.analysis")).isFalse();
    assertThat(isForbiddenFor("alerts", ROOT + ".enrich.topology")).isTrue();
    assertThat(isForbiddenFor("indexer", ROOT + ".enrich.analysis")).isTrue();
    assertThat(isForbiddenFor("ingest", ROOT + ".testkit")).isTrue();
    assertThat(isForbiddenFor("enrich", ROOT + ".enrich.dedup")).isFalse();
    assertThat(isForbiddenFor("enrich", ROOT + ".common.event")).isFalse();
  }

  static boolean isForbiddenFor(String service, String pkg) {
    if (service.equals("alerts") && within(pkg, ROOT + ".enrich.analysis")) {
      return false;
    }
    return SERVICES.stream().filter(s -> !s.equals(service)).anyMatch(s -> within(pkg, ROOT + "." + s))
        || within(pkg, ROOT + ".embedded") || within(pkg, ROOT + ".testkit") || within(pkg, ROOT + ".launcher");
  }

  private static boolean within(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  private static String[] serviceAndLauncherPackages() {
    return Stream.concat(SERVICES.stream(), Stream.of("launcher", "embedded",
        "testkit")).map(s -> ROOT + "." + s + "..").toArray(String[]::new);
  }
}
