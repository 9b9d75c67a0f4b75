package org.statementmonitor.ingest.seen;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises URLs so that one statement has one key however it is linked: scheme and a leading
 * {@code www.} dropped, host lower-cased, default ports, fragments and tracking parameters ({@code
 * utm_*}, {@code fbclid}, {@code gclid}...) removed, remaining query parameters sorted, an empty path
 * made {@code /} and a trailing slash dropped.
 */
public final class UrlNormaliser {

  private static final Pattern TRACKING = Pattern.compile(
      "^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src|cmpid|ocid)$",
      Pattern.CASE_INSENSITIVE);

  private UrlNormaliser() {}

  /** The normalised key of a URL, or the trimmed input when it is no URL. */
  public static String normalise(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.trim();
    URI uri;
    try {
      uri = new URI(trimmed.replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return trimmed;
    }
    if (uri.getHost() == null) {
      return trimmed;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    path = path.replaceAll("/{2,}", "/");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    StringBuilder out = new StringBuilder(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0];
      if (!TRACKING.matcher(name).matches()) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
