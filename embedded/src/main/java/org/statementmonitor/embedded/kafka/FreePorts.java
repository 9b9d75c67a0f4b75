package org.statementmonitor.embedded.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds currently free TCP ports on the loopback interface. */
public final class FreePorts {

  private FreePorts() {}

  /**
   * A port that was free a moment ago. Another process may take it before it is bound again, so use
   * it at once; ports are chosen by the kernel from the ephemeral range, which makes clashes rare.
   */
  public static int next() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port on the loopback interface", e);
    }
  }

  /** A free port different from {@code other}. */
  public static int nextExcept(int other) {
    int port = next();
    while (port == other) {
      port = next();
    }
    return port;
  }
}
