package org.statementmonitor.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A fetched resource: the final URL after redirects, status (200, or 304 when a conditional request
 * found it unchanged), the declared content type, validators for the next conditional request and the
 * decompressed body (bounded by the configured maximum).
 */
public record FetchResponse(
    URI uri, int status, String contentType, String etag, String lastModified, byte[] body) {

  public FetchResponse {
    body = body == null ? new byte[0] : body;
  }

  /** Whether a conditional request found the resource unchanged. */
  public boolean notModified() {
    return status == 304;
  }

  /** The media type without parameters, lower case, or "" when none was declared. */
  public String mediaType() {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** The charset declared in the Content-Type header, or null when none or unknown. */
  public Charset declaredCharset() {
    return charsetOf(contentType);
  }

  /** The charset parameter of a Content-Type value, or null. */
  public static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring(8).replace("\"", "").replace("'", "").trim();
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }
}
