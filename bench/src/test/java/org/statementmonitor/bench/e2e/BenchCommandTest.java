package org.statementmonitor.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.service.CommandProvider;
import picocli.CommandLine;

class BenchCommandTest {

  @Test
  void shouldBeFoundByTheLauncherAsTheBenchCommand() {
    assertThat(ServiceLoader.load(CommandProvider.class).stream().map(p -> p.get().command()))
        .anySatisfy(c -> assertThat(new CommandLine(c).getCommandName()).isEqualTo("bench"));
  }

  @Test
  void shouldParseEveryOption() {
    BenchCommand command = new BenchCommand();
    new CommandLine(command).parseArgs("--statements", "50", "--rate", "100", "--partitions", "6",
        "--enrich-instances", "2", "--report", "out/r.json", "--kafka", "k:9092", "--elasticsearch", "http://e:9200",
        "--soak", "5", "--replay");

    assertThat(command.statements).isEqualTo(50);
    assertThat(command.rate).isEqualTo(100.0);
    assertThat(command.partitions).isEqualTo(6);
    assertThat(command.enrichInstances).isEqualTo(2);
    assertThat(command.report).isEqualTo(Path.of("out/r.json"));
    assertThat(command.kafka).isEqualTo("k:9092");
    assertThat(command.elasticsearch).isEqualTo("http://e:9200");
    assertThat(command.soakMinutes).isEqualTo(5);
    assertThat(command.replay).isTrue();
  }

  @Test
  void shouldReplayOnlyOnTheEmbeddedServersUnlessAsked() {
    assertThat(new BenchOptions(10, 0, 1, 1, 10, Path.of("r.json"), null, null, 0, Path.of("."), 1, 60, null)
        .replay()).isTrue();
    assertThat(new BenchOptions(10, 0, 1, 1, 10, Path.of("r.json"), "k:9092", "http://e:9200", 0, Path.of("."), 1,
        60, null).replay()).isFalse();
    assertThat(new BenchOptions(10, 0, 1, 1, 10, Path.of("r.json"), "k:9092", "http://e:9200", 0, Path.of("."), 1,
        60, true).replay()).isTrue();
  }

  @Test
  void shouldRefuseOneClusterAddressWithoutTheOther() {
    assertThatThrownBy(() -> new BenchOptions(10, 0, 1, 1, 10, Path.of("r.json"), "k:9092", null, 0, Path.of("."), 1, 60, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kafka and --elasticsearch");
  }

  @Test
  void shouldNameTheReportSiblings() {
    assertThat(BenchReport.sibling(Path.of("/tmp/x/report.json"), ".svg")).isEqualTo(Path.of("/tmp/x/report.svg"));
  }
}
