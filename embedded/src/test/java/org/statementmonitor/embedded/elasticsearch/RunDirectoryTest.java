package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

  @TempDir Path dir;

  @Test
  void shouldCopyTheConfigWriteTheNodeSettingsAndForgetAStalePortsFile() throws Exception {
    Path home = fakeHome("#!/bin/sh\n");
    RunDirectory run = new RunDirectory(dir.resolve("run"), ServiceUser.DEFAULT_NAME);
    NodeConfig config = nodeConfig(run);
    Files.createDirectories(config.logsDir());
    Files.writeString(config.logsDir().resolve(PortsFile.HTTP), "127.0.0.1:9999\n");

    List<String> command = run.prepare(home, config);

    assertThat(run.root().resolve("config/jvm.options")).hasContent("-Xss1m");
    assertThat(run.root().resolve("config/elasticsearch.yml")).content().contains("discovery.type: single-node");
    assertThat(config.dataDir()).isDirectory();
    assertThat(run.root().resolve("tmp")).isDirectory();
    assertThat(config.logsDir().resolve(PortsFile.HTTP)).doesNotExist();
    assertThat(command).last().isEqualTo(home.resolve("bin/elasticsearch").toString());
    assertThat(command.get(0)).isEqualTo(ServiceUser.currentIsRoot() ? "setpriv" : home.resolve("bin/elasticsearch").toString());
  }

  @Test
  void shouldLaunchWithTheNodesJavaAndOptionsButNoneOfTheCallersJavaSettings() throws Exception {
    Path home = fakeHome("#!/bin/sh\necho \"ES_JAVA_HOME=$ES_JAVA_HOME\"\necho \"ES_JAVA_OPTS=$ES_JAVA_OPTS\"\n"
        + "echo \"ES_PATH_CONF=$ES_PATH_CONF\"\necho \"JAVA_HOME=${JAVA_HOME:-unset}\"\n");
    RunDirectory run = new RunDirectory(dir.resolve("run"), ServiceUser.DEFAULT_NAME);
    List<String> command = run.prepare(home, nodeConfig(run));

    Process p = run.launch(command, Path.of("/opt/jdk-25"), "256m", true);

    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.consoleLog()).content().contains(
        "ES_JAVA_HOME=/opt/jdk-25",
        "ES_JAVA_OPTS=-Xms256m -Xmx256m " + RunDirectory.QUICK_START_OPTIONS,
        "ES_PATH_CONF=" + run.root().resolve("config"),
        "JAVA_HOME=unset");
    assertThat(run.tailOfConsoleLog()).contains("last lines of").contains("ES_JAVA_HOME=/opt/jdk-25");
  }

  private static NodeConfig nodeConfig(RunDirectory run) {
    return new NodeConfig("test", "127.0.0.1", 0, run.root().resolve("data"), run.root().resolve("logs"));
  }

  private Path fakeHome(String script) throws Exception {
    Path home = dir.resolve("elasticsearch-0.0.1");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config/jvm.options"), "-Xss1m");
    Path launcher = Files.writeString(home.resolve("bin/elasticsearch"), script);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(home.resolve("bin"), PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
