package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchDistributionTest {

  @TempDir Path dir;

  @Test
  void shouldUnpackOnceWithExecutableLaunchScriptsAndWorldReadableDirectories() throws Exception {
    Path zip = fakeDistribution();

    Path home = ElasticsearchDistribution.install(zip, dir.resolve("install"));

    assertThat(home).isEqualTo(dir.resolve("install/elasticsearch-0.0.1").toAbsolutePath());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/elasticsearch"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("config/jvm.options"))))
        .isEqualTo("rw-r--r--");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("lib"))))
        .isEqualTo("rwxr-xr-x");
    assertThat(Files.list(dir.resolve("install"))).containsExactly(home);

    Files.writeString(home.resolve("marker"), "kept");
    assertThat(ElasticsearchDistribution.install(zip, dir.resolve("install"))).isEqualTo(home);
    assertThat(home.resolve("marker")).hasContent("kept");
  }

  @Test
  void shouldUseAnUnpackedDirectoryAsIs() {
    assertThat(ElasticsearchDistribution.install(dir, dir.resolve("unused"))).isEqualTo(dir.toAbsolutePath());
  }

  @Test
  void shouldLookAtTheSystemPropertyFirstAndTheLocalMavenRepositoryLast() {
    String previous = System.getProperty(ElasticsearchDistribution.PROPERTY);
    System.setProperty(ElasticsearchDistribution.PROPERTY, "/opt/es/elasticsearch.zip");
    try {
      assertThat(ElasticsearchDistribution.candidates()).first().isEqualTo(Path.of("/opt/es/elasticsearch.zip"));
      assertThat(ElasticsearchDistribution.candidates()).last().asString()
          .endsWith("org/elasticsearch/distribution/integ-test-zip/elasticsearch/"
              + ElasticsearchDistribution.version() + "/elasticsearch-" + ElasticsearchDistribution.version() + ".zip");
    } finally {
      if (previous == null) {
        System.clearProperty(ElasticsearchDistribution.PROPERTY);
      } else {
        System.setProperty(ElasticsearchDistribution.PROPERTY, previous);
      }
    }
  }

  @Test
  void shouldKnowTheVersionTheBuildFetched() {
    assertThat(ElasticsearchDistribution.version()).matches("\\d+\\.\\d+\\.\\d+");
  }

  private Path fakeDistribution() throws Exception {
    Path zip = dir.resolve("es.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("elasticsearch-0.0.1/"));
      put(out, "elasticsearch-0.0.1/bin/elasticsearch", "#!/bin/bash\n");
      put(out, "elasticsearch-0.0.1/config/jvm.options", "-Xss1m\n");
      put(out, "elasticsearch-0.0.1/lib/server.jar", "jar");
    }
    return zip;
  }

  private static void put(ZipOutputStream out, String name, String content) throws Exception {
    out.putNextEntry(new ZipEntry(name));
    OutputStream body = out;
    body.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
