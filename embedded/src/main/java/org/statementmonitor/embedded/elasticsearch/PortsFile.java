package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Reads the port Elasticsearch bound from the file {@code node.portsfile: true} makes it write
 * ({@code logs/http.ports}: one bound address per line, {@code 127.0.0.1:9200} or {@code [::1]:9200}).
 * Elasticsearch writes it to a temporary name and renames it, so a file that exists is complete.
 */
public final class PortsFile {

  /** Name of the HTTP ports file in the logs directory. */
  public static final String HTTP = "http.ports";

  private PortsFile() {}

  /** The HTTP port in {@code logsDir}, empty while the node has not bound it yet. */
  public static OptionalInt readHttpPort(Path logsDir) {
    try {
      return parse(Files.readString(logsDir.resolve(HTTP), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /** The port of the first address in a ports file's content. */
  public static OptionalInt parse(String content) {
    for (String line : content.split("\\R")) {
      String address = line.trim();
      int colon = address.lastIndexOf(':');
      if (address.isEmpty() || colon < 0 || colon == address.length() - 1) {
        continue;
      }
      try {
        int port = Integer.parseInt(address.substring(colon + 1));
        if (port > 0 && port <= 65535) {
          return OptionalInt.of(port);
        }
      } catch (NumberFormatException e) {
        // not an address line
      }
    }
    return OptionalInt.empty();
  }
}
