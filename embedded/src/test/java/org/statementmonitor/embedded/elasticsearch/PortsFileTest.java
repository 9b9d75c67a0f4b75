package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsFileTest {

  @Test
  void shouldReadThePortOfAnIpv4Address() {
    assertThat(PortsFile.parse("127.0.0.1:41873\n")).hasValue(41873);
  }

  @Test
  void shouldReadThePortOfABracketedIpv6Address() {
    assertThat(PortsFile.parse("[::1]:9201\n127.0.0.1:9201\n")).hasValue(9201);
  }

  @Test
  void shouldSkipLinesThatAreNotAddresses() {
    assertThat(PortsFile.parse("\n  \nnot-an-address\n127.0.0.1:9300")).hasValue(9300);
    assertThat(PortsFile.parse("127.0.0.1:")).isEmpty();
    assertThat(PortsFile.parse("127.0.0.1:99999")).isEmpty();
  }

  @Test
  void shouldBeEmptyWhileTheNodeHasNotWrittenTheFile(@TempDir Path logs) throws Exception {
    assertThat(PortsFile.readHttpPort(logs)).isEqualTo(OptionalInt.empty());

    Files.writeString(logs.resolve("http.ports"), "127.0.0.1:40001\n");

    assertThat(PortsFile.readHttpPort(logs)).hasValue(40001);
  }
}
