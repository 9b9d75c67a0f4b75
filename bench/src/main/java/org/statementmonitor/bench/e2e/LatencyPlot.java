package org.statementmonitor.bench.e2e;

import java.util.List;
import java.util.Locale;

/**
 * Draws latency over time as a small SVG: one polyline per path (raw to indexed, raw to alert
 * delivered), x = seconds since the feed started, y = latency in milliseconds, with axes and a legend.
 */
final class LatencyPlot {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 400;
  private static final int LEFT = 70;
  private static final int BOTTOM = 40;
  private static final int TOP = 30;
  private static final int RIGHT = 20;

  private LatencyPlot() {}

  static String svg(String title, List<Latencies.Point> indexed, List<Latencies.Point> alerted) {
    double maxT = Math.max(1, Math.max(last(indexed), last(alerted)));
    double maxY = Math.max(1, Math.max(maxMillis(indexed), maxMillis(alerted))) * 1.05;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        WIDTH, HEIGHT));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
    int x0 = LEFT;
    int y0 = HEIGHT - BOTTOM;
    int x1 = WIDTH - RIGHT;
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x1, y0));
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, y0, x0, TOP));
    for (int i = 0; i <= 4; i++) {
      double v = maxY * i / 4;
      double y = y0 - (y0 - TOP) * i / 4.0;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", x0 - 5, y + 4, v));
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x0, y, x1, y));
      double t = maxT * i / 4;
      double x = x0 + (x1 - x0) * i / 4.0;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n", x, y0 + 16, t));
    }
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">seconds since the feed started</text>%n",
        (x0 + x1) / 2, HEIGHT - 6));
    svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">latency (ms)</text>%n",
        (y0 + TOP) / 2, (y0 + TOP) / 2));
    polyline(svg, indexed, maxT, maxY, "#1f77b4");
    polyline(svg, alerted, maxT, maxY, "#d62728");
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f77b4\">raw to indexed</text>%n", x1 - 160, TOP + 14));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d62728\">raw to alert delivered</text>%n", x1 - 160, TOP + 30));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void polyline(StringBuilder svg, List<Latencies.Point> points, double maxT, double maxY, String color) {
    if (points.isEmpty()) {
      return;
    }
    svg.append("<polyline fill=\"none\" stroke-width=\"1\" stroke=\"").append(color).append("\" points=\"");
    for (Latencies.Point p : points) {
      double x = LEFT + (WIDTH - RIGHT - LEFT) * p.t() / maxT;
      double y = (HEIGHT - BOTTOM) - (HEIGHT - BOTTOM - TOP) * p.millis() / maxY;
      svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    svg.append("\"/>\n");
  }

  private static double last(List<Latencies.Point> points) {
    return points.isEmpty() ? 0 : points.getLast().t();
  }

  private static double maxMillis(List<Latencies.Point> points) {
    return points.stream().mapToLong(Latencies.Point::millis).max().orElse(0);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
