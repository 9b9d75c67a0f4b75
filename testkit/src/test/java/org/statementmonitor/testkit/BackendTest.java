package org.statementmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackendTest {

  @Test
  void shouldDefaultToEmbeddedServers() {
    assertThat(Backend.parse("")).isEqualTo(Backend.EMBEDDED);
    assertThat(Backend.parse("embedded")).isEqualTo(Backend.EMBEDDED);
  }

  @Test
  void shouldAcceptContainerSpellings() {
    assertThat(Backend.parse("containers")).isEqualTo(Backend.CONTAINERS);
    assertThat(Backend.parse(" Testcontainers ")).isEqualTo(Backend.CONTAINERS);
  }

  @Test
  void shouldChooseContainersInAutoModeOnlyWhenDockerAnswers() {
    assertThat(Backend.parse("auto"))
        .isEqualTo(Backend.dockerAvailable() ? Backend.CONTAINERS : Backend.EMBEDDED);
  }

  @Test
  void shouldNameTheValidValuesWhenTheSettingIsWrong() {
    assertThatThrownBy(() -> Backend.parse("podman"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monitor.testkit").hasMessageContaining("embedded, containers or auto");
  }
}
