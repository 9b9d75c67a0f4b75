package org.statementmonitor.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Stops requests to internal addresses (SSRF): a URL whose host resolves to a loopback, private,
 * link-local, carrier-grade NAT, unique-local, multicast or unspecified address is refused, unless
 * the caller allows private addresses (the source's {@code allowPrivate}) or the host is one of the
 * hosts the operator configured as sources. Every hop of a redirect chain is checked.
 *
 * <p>The check resolves the name before the HTTP client connects; a DNS answer that changes between
 * the two (rebinding) is a residual risk, reduced by the JVM's DNS cache.
 */
public final class AddressGuard {

  private final Set<String> trustedHosts = new CopyOnWriteArraySet<>();

  /** Replaces the set of configured source hosts. */
  public void trust(Set<String> hosts) {
    trustedHosts.clear();
    hosts.forEach(h -> trustedHosts.add(h.toLowerCase(Locale.ROOT)));
  }

  /**
   * Checks a URL before it is requested.
   *
   * @throws FetchException BAD_URL for a non-http(s) URL, PRIVATE_ADDRESS for an internal one
   */
  public void check(URI uri, boolean allowPrivate) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new FetchException(FetchException.Reason.BAD_URL, String.valueOf(uri), "only http(s) URLs with a host are fetched");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (allowPrivate || trustedHosts.contains(host)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(FetchException.Reason.NETWORK, uri.toString(), "unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new FetchException(FetchException.Reason.PRIVATE_ADDRESS, uri.toString(), "host " + host
            + " resolves to internal address " + address.getHostAddress()
            + "; set allowPrivate on the source to fetch it");
      }
    }
  }

  /** Whether an address is not on the public internet. */
  public static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
          || (first == 198 && (second == 18 || second == 19)) || first >= 240;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
        return true;
      }
      boolean mapped = true; // ::ffff:a.b.c.d
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }
}
