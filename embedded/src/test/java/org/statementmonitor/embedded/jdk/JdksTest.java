package org.statementmonitor.embedded.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {

  @TempDir Path root;

  @Test
  void shouldReadTheFeatureVersionOfReleaseFiles() {
    assertThat(Jdks.parseReleaseFile("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n")).hasValue(25);
    assertThat(Jdks.parseReleaseFile("JAVA_VERSION=\"17\"")).hasValue(17);
    assertThat(Jdks.parseReleaseFile("JAVA_VERSION=\"1.8.0_392\"")).hasValue(8);
    assertThat(Jdks.parseReleaseFile("JAVA_RUNTIME_VERSION=\"21+35\"")).isEmpty();
  }

  @Test
  void shouldPreferTheRunningJvmWhenItIsRecentEnough() throws Exception {
    Path running = fakeJdk("running", "21.0.5");
    fakeJdk("newer", "25.0.1");

    assertThat(new Jdks(List.of(running), List.of(root)).find(21)).contains(running);
  }

  @Test
  void shouldScanTheRootsForTheNewestQualifyingJdkWhenTheRunningOneIsTooOld() throws Exception {
    Path old = fakeJdk("java-17-openjdk-amd64", "17.0.13");
    fakeJdk("temurin-21-jdk-amd64", "21.0.5");
    Path newest = fakeJdk("temurin-25-jdk-amd64", "25.0.1");
    Files.createDirectories(root.resolve("not-a-jdk"));

    assertThat(new Jdks(List.of(old), List.of(root, root.resolve("missing"))).find(21)).contains(newest);
  }

  @Test
  void shouldNameWhatWasSearchedWhenNoJdkQualifies() throws Exception {
    Path old = fakeJdk("java-17-openjdk-amd64", "17.0.13");

    assertThatThrownBy(() -> new Jdks(List.of(old), List.of(root)).require(21))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Java 21+ found")
        .hasMessageContaining(old.toString())
        .hasMessageContaining(root.toString());
  }

  @Test
  void shouldIgnoreAHomeWithoutAnExecutableJava() throws Exception {
    Path broken = fakeJdk("broken", "25.0.1");
    Files.setPosixFilePermissions(broken.resolve("bin/java"), PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(Jdks.featureOf(broken)).isEmpty();
  }

  private Path fakeJdk(String name, String version) throws Exception {
    Path home = root.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    return home;
  }
}
