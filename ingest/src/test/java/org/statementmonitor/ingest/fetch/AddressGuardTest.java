package org.statementmonitor.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
      "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1"})
  void shouldCallInternalAddressesInternal(String address) throws Exception {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "151.101.1.69", "2606:4700::1111"})
  void shouldCallPublicAddressesPublic(String address) throws Exception {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void shouldRefusePrivateDestinationsUnlessAllowedOrConfigured() {
    AddressGuard guard = new AddressGuard();
    FetchException refused = catchThrowableOfType(FetchException.class,
        () -> guard.check(URI.create("http://169.254.169.254/latest/meta-data"), false));
    assertThat(refused.reason()).isEqualTo(FetchException.Reason.PRIVATE_ADDRESS);
    assertThat(refused.getMessage()).contains("169.254.169.254").contains("allowPrivate");

    assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed"), true)).doesNotThrowAnyException();
    guard.trust(Set.of("intranet.local"));
    assertThatCode(() -> guard.check(URI.create("http://intranet.local/feed"), false)).doesNotThrowAnyException();

    FetchException notHttp = catchThrowableOfType(FetchException.class,
        () -> guard.check(URI.create("file:///etc/passwd"), true));
    assertThat(notHttp.reason()).isEqualTo(FetchException.Reason.BAD_URL);
  }

  @Test
  void shouldHonourRetryAfterInSecondsOrAsADate() {
    Instant now = Instant.parse("2024-03-01T10:00:00Z");
    assertThat(RetryPolicy.parseRetryAfter("7", now)).isEqualTo(7000);
    assertThat(RetryPolicy.parseRetryAfter("Fri, 01 Mar 2024 10:00:30 GMT", now)).isEqualTo(30_000);
    assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEqualTo(-1);

    RetryPolicy policy = new RetryPolicy(4, java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(5));
    assertThat(policy.delayAfter(1, 60_000)).hasSeconds(5);
    assertThat(policy.delayAfter(3, -1).toMillis()).isBetween(200L, 400L);
  }
}
