package org.statementmonitor.ingest.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Turns bytes into text with the right charset: a byte-order mark wins; then the declared charset
 * (HTTP header, else an HTML {@code <meta charset>} or an XML
 * declaration's encoding) when the bytes decode cleanly with it; then UTF-8
 * when the bytes are valid UTF-8; then statistical detection; Windows-1252 last. A page that says
 * UTF-8 but is Windows-1252 (a common server misconfiguration) is read as Windows-1252.
 */
public final class TextDecoding {

  private static final Pattern META_CHARSET = Pattern.compile(
      "(?:<meta[^>]+charset|<\\?xml[^>]+encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decodes {@code bytes}; {@code declared} is the HTTP header's charset or null; {@code markup} says
   * whether an in-document declaration (HTML meta, XML prolog) may be consulted.
   */
  public static String decode(byte[] bytes, Charset declared, boolean markup) {
    return new String(bomless(bytes), choose(bytes, declared, markup));
  }

  /** The charset {@link #decode} would use. */
  public static Charset choose(byte[] bytes, Charset declared, boolean markup) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      return bom;
    }
    if (latin1(declared)) {
      declared = WINDOWS_1252; // what browsers do: Latin-1 labels mean Windows-1252
    }
    if (declared != null && decodesCleanly(bytes, declared)) {
      return declared;
    }
    if (markup) {
      Charset meta = metaCharset(bytes);
      if (meta != null && decodesCleanly(bytes, meta)) {
        return meta;
      }
    }
    if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      return StandardCharsets.UTF_8;
    }
    Charset detected = detect(bytes);
    return detected == null || latin1(detected) ? WINDOWS_1252 : detected;
  }

  private static boolean latin1(Charset c) {
    return StandardCharsets.ISO_8859_1.equals(c) || StandardCharsets.US_ASCII.equals(c);
  }

  /** The bytes without a UTF-8 byte-order mark. */
  static byte[] bomless(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
        || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      return java.util.Arrays.copyOfRange(bytes, 2, bytes.length);
    }
    return bytes;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean decodesCleanly(byte[] bytes, Charset charset) {
    try {
      charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset detect(byte[] bytes) {
    EncodingDetector detector = new UniversalEncodingDetector();
    try {
      return detector.detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
