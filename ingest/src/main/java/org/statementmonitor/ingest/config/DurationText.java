package org.statementmonitor.ingest.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way operators write them in YAML: {@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 1h}, {@code 2d}, ISO-8601 ({@code PT5M}) or a bare number of seconds.
 */
public final class DurationText extends JsonDeserializer<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  @Override
  public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken().isNumeric()) {
      return Duration.ofMillis(Math.round(p.getDoubleValue() * 1000));
    }
    return parse(p.getValueAsString());
  }

  /** Parses a duration text; throws IllegalArgumentException naming the accepted forms. */
  public static Duration parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return t.startsWith("p") ? Duration.parse(t.toUpperCase(Locale.ROOT)) : Duration.ofSeconds(Long.parseLong(t));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (use 500ms, 30s, 5m, 1h, 2d or PT5M)");
    }
  }
}
