package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceUserTest {

  @Test
  void shouldLaunchThroughSetprivWithTheUsersIdsAndGroups() {
    assertThat(new ServiceUser("monitor-es").wrap(List.of("/opt/es/bin/elasticsearch")))
        .containsExactly("setpriv", "--reuid=monitor-es", "--regid=monitor-es", "--init-groups", "--",
            "/opt/es/bin/elasticsearch");
  }

  @Test
  void shouldRejectNamesUseraddWouldRefuseOrAShellWouldSplit() {
    assertThatThrownBy(() -> new ServiceUser("Monitor ES")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceUser("-rf")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ServiceUser("a-name-that-is-far-too-long-for-useradd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldTellWhetherThisJvmIsRoot() {
    assertThat(ServiceUser.currentIsRoot()).isEqualTo("root".equals(System.getProperty("user.name")));
  }
}
