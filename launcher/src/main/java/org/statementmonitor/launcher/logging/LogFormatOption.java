package org.statementmonitor.launcher.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code --log-format text|json} option, accepted anywhere on the command line. It has to be
 * applied before the first logger is created (logback reads {@value #PROPERTY} once, when it starts),
 * so {@code Main} takes it out of the arguments before picocli and any logging run.
 */
public final class LogFormatOption {

  /** The logback property (also read from the environment) that selects the appender. */
  public static final String PROPERTY = "MONITOR_LOG_FORMAT";
  static final String OPTION = "--log-format";
  private static final Set<String> FORMATS = Set.of("text", "json");

  private LogFormatOption() {}

  /**
   * Removes {@code --log-format X} or {@code --log-format=X} from the arguments and records X as the
   * system property logback reads.
   *
   * @return the other arguments, in order
   * @throws IllegalArgumentException when the value is missing or not {@code text} or {@code json}
   */
  public static String[] apply(String[] args) {
    List<String> rest = new ArrayList<>(args.length);
    String format = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        rest.addAll(List.of(args).subList(i, args.length));
        break;
      }
      if (arg.equals(OPTION)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(OPTION + " needs a value: text or json");
        }
        format = args[++i];
      } else if (arg.startsWith(OPTION + "=")) {
        format = arg.substring(OPTION.length() + 1);
      } else {
        rest.add(arg);
      }
    }
    if (format != null) {
      String normalised = format.toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(normalised)) {
        throw new IllegalArgumentException(OPTION + " '" + format + "' is not a log format; use text or json");
      }
      System.setProperty(PROPERTY, normalised);
    }
    return rest.toArray(String[]::new);
  }
}
