package org.osicam.cli.report;

import java.util.List;
import java.util.Locale;

/**
 * Small SVG charts for the report: bars, heat map, histogram, scatter, lines and intervals. Each
 * method returns one {@code <svg>} element with an {@code id}, a {@code <title>}, labelled axes and
 * units. Inputs must be finite; empty inputs draw an empty frame with a "no data" note.
 */
public final class Charts {
  private Charts() {}

  private static final int W = 720;
  private static final int H = 360;
  private static final int LEFT = 80;
  private static final int RIGHT = 20;
  private static final int TOP = 36;
  private static final int BOTTOM = 56;
  private static final String[] PALETTE = {"#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#e53e3e"};

  /** One named series of a line chart. */
  public record Series(String name, double[] y) {}

  /**
   * Vertical bars, one per label.
   *
   * @param id element id
   * @param title chart title
   * @param labels category labels
   * @param values bar heights (finite, at least 0)
   * @param yLabel y-axis label with unit
   * @return the SVG element
   */
  public static String bars(
      String id, String title, List<String> labels, double[] values, String yLabel) {
    Frame f = new Frame(id, title, "", yLabel);
    double max = max(values, 0);
    Axis y = Axis.nice(0, max);
    f.yAxis(y);
    int n = labels.size();
    double slot = (double) f.plotW() / Math.max(1, n);
    for (int i = 0; i < n; i++) {
      double x = LEFT + i * slot + slot * 0.15;
      double top = f.yPos(y, values[i]);
      f.svg.rect(
          x,
          top,
          slot * 0.7,
          TOP + f.plotH() - top,
          PALETTE[0],
          labels.get(i) + ": " + fmt(values[i]));
      f.svg.text(x + slot * 0.35, top - 4, fmt(values[i]), "middle", 11, "#222");
      List<String> lines = wrap(labels.get(i), slot);
      int size = fits(lines, slot, 11) ? 11 : 9;
      for (int k = 0; k < lines.size(); k++) {
        f.svg.text(
            x + slot * 0.35, TOP + f.plotH() + 16 + 13 * k, lines.get(k), "middle", size, "#222");
      }
    }
    if (n == 0) {
      f.noData();
    }
    return f.close();
  }

  /**
   * A grid of cells coloured by value, each with its own text.
   *
   * @param id element id
   * @param title chart title
   * @param rows row labels, top to bottom
   * @param cols column labels, left to right
   * @param values colour values per cell, {@code [row][col]}
   * @param text cell text per cell (may contain {@code \n} for two lines)
   * @param xLabel x-axis label
   * @param yLabel y-axis label
   * @return the SVG element
   */
  public static String heatMap(
      String id,
      String title,
      List<String> rows,
      List<String> cols,
      double[][] values,
      String[][] text,
      String xLabel,
      String yLabel) {
    Frame f = new Frame(id, title, xLabel, yLabel);
    double max = 0;
    for (double[] r : values) {
      max = Math.max(max, max(r, 0));
    }
    double cw = (double) f.plotW() / Math.max(1, cols.size());
    double ch = (double) f.plotH() / Math.max(1, rows.size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        double v = values[r][c];
        double t = max > 0 ? v / max : 0;
        String fill = blend(t);
        double x = LEFT + c * cw;
        double yy = TOP + r * ch;
        f.svg.rect(
            x + 1,
            yy + 1,
            cw - 2,
            ch - 2,
            fill,
            rows.get(r) + " / " + cols.get(c) + ": " + text[r][c].replace('\n', ' '));
        String[] lines = text[r][c].split("\n");
        for (int k = 0; k < lines.length; k++) {
          f.svg.text(
              x + cw / 2,
              yy + ch / 2 + (k - (lines.length - 1) / 2.0) * 13 + 4,
              lines[k],
              "middle",
              11,
              t > 0.55 ? "#fff" : "#111");
        }
      }
      f.svg.text(LEFT - 6, TOP + r * ch + ch / 2 + 4, rows.get(r), "end", 11, "#222");
    }
    for (int c = 0; c < cols.size(); c++) {
      f.svg.text(LEFT + c * cw + cw / 2, TOP + f.plotH() + 16, cols.get(c), "middle", 11, "#222");
    }
    if (rows.isEmpty() || cols.isEmpty()) {
      f.noData();
    }
    return f.close();
  }

  /**
   * A histogram of values in equal-width bins over their range.
   *
   * @param id element id
   * @param title chart title
   * @param data the values (finite)
   * @param bins number of bins, at least 1
   * @param xLabel x-axis label with unit
   * @return the SVG element
   */
  public static String histogram(String id, String title, double[] data, int bins, String xLabel) {
    Frame f = new Frame(id, title, xLabel, "customers");
    if (data.length == 0) {
      f.noData();
      return f.close();
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : data) {
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    Axis x = Axis.nice(Math.min(0, lo), hi > lo ? hi : lo + 1);
    double width = (x.max - x.min) / bins;
    double[] counts = new double[bins];
    for (double d : data) {
      int b = (int) Math.min(bins - 1, Math.floor((d - x.min) / width));
      counts[Math.max(0, b)]++;
    }
    Axis y = Axis.nice(0, max(counts, 1));
    f.yAxis(y);
    f.xAxis(x);
    for (int b = 0; b < bins; b++) {
      double x0 = f.xPos(x, x.min + b * width);
      double x1 = f.xPos(x, x.min + (b + 1) * width);
      double top = f.yPos(y, counts[b]);
      f.svg.rect(
          x0 + 0.5,
          top,
          Math.max(0.5, x1 - x0 - 1),
          TOP + f.plotH() - top,
          PALETTE[0],
          fmt(x.min + b * width) + "–" + fmt(x.min + (b + 1) * width) + ": " + fmt(counts[b]));
    }
    return f.close();
  }

  /**
   * Points.
   *
   * @param id element id
   * @param title chart title
   * @param xs x values
   * @param ys y values, same length
   * @param xLabel x-axis label with unit
   * @param yLabel y-axis label with unit
   * @return the SVG element
   */
  public static String scatter(
      String id, String title, double[] xs, double[] ys, String xLabel, String yLabel) {
    Frame f = new Frame(id, title, xLabel, yLabel);
    if (xs.length == 0) {
      f.noData();
      return f.close();
    }
    Axis x = Axis.nice(Math.min(0, min(xs)), max(xs, 1));
    Axis y = Axis.nice(Math.min(0, min(ys)), max(ys, 1));
    f.xAxis(x);
    f.yAxis(y);
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      dots.append(
          String.format(Locale.ROOT, "M%.1f %.1fh0.01", f.xPos(x, xs[i]), f.yPos(y, ys[i])));
    }
    f.svg.raw(
        "<path d=\""
            + dots
            + "\" stroke=\""
            + PALETTE[0]
            + "\" stroke-opacity=\"0.35\" stroke-width=\"4\" stroke-linecap=\"round\" fill=\"none\"/>");
    return f.close();
  }

  /**
   * Lines sharing one x axis, with a legend.
   *
   * @param id element id
   * @param title chart title
   * @param xs x values
   * @param series the lines, each with one y per x
   * @param xLabel x-axis label with unit
   * @param yLabel y-axis label with unit
   * @return the SVG element
   */
  public static String lines(
      String id, String title, double[] xs, List<Series> series, String xLabel, String yLabel) {
    Frame f = new Frame(id, title, xLabel, yLabel);
    if (xs.length == 0 || series.isEmpty()) {
      f.noData();
      return f.close();
    }
    double ymax = 0;
    for (Series s : series) {
      ymax = Math.max(ymax, max(s.y(), 0));
    }
    Axis x = Axis.nice(Math.min(0, min(xs)), max(xs, 1));
    Axis y = Axis.nice(0, ymax > 0 ? ymax : 1);
    f.xAxis(x);
    f.yAxis(y);
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < xs.length; i++) {
        d.append(
            String.format(
                Locale.ROOT,
                "%s%.1f %.1f",
                i == 0 ? "M" : "L",
                f.xPos(x, xs[i]),
                f.yPos(y, s.y()[i])));
      }
      String color = PALETTE[k % PALETTE.length];
      f.svg.raw(
          "<path d=\""
              + d
              + "\" stroke=\""
              + color
              + "\" stroke-width=\"2\" fill=\"none\""
              + (k > 0 ? " stroke-dasharray=\"6 3\"" : "")
              + "><title>"
              + Svg.escape(s.name())
              + "</title></path>");
      f.svg.rect(LEFT + 12, TOP + 8 + k * 16, 14, 4, color, s.name());
      f.svg.text(LEFT + 32, TOP + 14 + k * 16, s.name(), "start", 11, "#222");
    }
    return f.close();
  }

  /**
   * Estimates with confidence intervals, one row per label, and a reference line.
   *
   * @param id element id
   * @param title chart title
   * @param labels row labels
   * @param estimate point estimates
   * @param lo lower bounds
   * @param hi upper bounds
   * @param xLabel x-axis label with unit
   * @param reference x of a vertical reference line (e.g. 0)
   * @return the SVG element
   */
  public static String intervals(
      String id,
      String title,
      List<String> labels,
      double[] estimate,
      double[] lo,
      double[] hi,
      String xLabel,
      double reference) {
    Frame f = new Frame(id, title, xLabel, "");
    int n = labels.size();
    if (n == 0) {
      f.noData();
      return f.close();
    }
    Axis x = Axis.nice(Math.min(reference, min(lo)), Math.max(reference, max(hi, reference)));
    f.xAxis(x);
    double slot = (double) f.plotH() / n;
    double rx = f.xPos(x, reference);
    f.svg.line(rx, TOP, rx, TOP + f.plotH(), "#999", 1, "4 3");
    for (int i = 0; i < n; i++) {
      double yy = TOP + i * slot + slot / 2;
      f.svg.line(f.xPos(x, lo[i]), yy, f.xPos(x, hi[i]), yy, PALETTE[0], 2, null);
      f.svg.raw(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s: %s [%s, %s]</title></circle>",
              f.xPos(x, estimate[i]),
              yy,
              PALETTE[1],
              Svg.escape(labels.get(i)),
              fmt(estimate[i]),
              fmt(lo[i]),
              fmt(hi[i])));
      f.svg.text(LEFT - 6, yy + 4, labels.get(i), "end", 11, "#222");
    }
    return f.close();
  }

  /** Approximate width of a text in the report's sans-serif font. */
  static double textWidth(String text, int fontSize) {
    return text.length() * fontSize * 0.56;
  }

  private static boolean fits(List<String> lines, double width, int fontSize) {
    return lines.stream().allMatch(l -> textWidth(l, fontSize) <= width * 0.95);
  }

  /**
   * Splits a category label that is wider than its slot into two lines, at the space or hyphen
   * nearest its middle.
   */
  static List<String> wrap(String label, double width) {
    if (fits(List.of(label), width, 11)) {
      return List.of(label);
    }
    int best = -1;
    for (int i = 1; i < label.length() - 1; i++) {
      char c = label.charAt(i);
      if ((c == ' ' || c == '-')
          && (best < 0 || Math.abs(i - label.length() / 2) < Math.abs(best - label.length() / 2))) {
        best = i;
      }
    }
    if (best < 0) {
      return List.of(label);
    }
    int cut = label.charAt(best) == ' ' ? best : best + 1;
    return List.of(label.substring(0, cut).strip(), label.substring(cut).strip());
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : a >= 1 ? "%.2f" : "%.3f", v)
        .replaceAll("(\\.[0-9]*?)0+$", "$1")
        .replaceAll("\\.$", "");
  }

  private static double max(double[] v, double floor) {
    double m = floor;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return v.length == 0 ? 0 : m;
  }

  private static String blend(double t) {
    // white to deep blue
    int r = (int) Math.round(247 + (43 - 247) * t);
    int g = (int) Math.round(250 + (108 - 250) * t);
    int b = (int) Math.round(252 + (176 - 252) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** A numeric axis with "nice" ticks. */
  record Axis(double min, double max, double step) {
    static Axis nice(double lo, double hi) {
      if (!(hi > lo)) {
        hi = lo + 1;
      }
      double raw = (hi - lo) / 5;
      double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      double norm = raw / mag;
      double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
      return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }
  }

  /** The frame: title, axes, labels. */
  private static final class Frame {
    final Svg svg;
    final String xLabel;

    Frame(String id, String title, String xLabel, String yLabel) {
      this.svg = new Svg(id, W, H, title);
      this.xLabel = xLabel;
      svg.text(W / 2.0, 20, title, "middle", 14, "#111");
      if (!xLabel.isEmpty()) {
        svg.text(LEFT + plotW() / 2.0, H - 12, xLabel, "middle", 12, "#333");
      }
      if (!yLabel.isEmpty()) {
        svg.raw(
            String.format(
                Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">%s</text>",
                TOP + plotH() / 2.0,
                TOP + plotH() / 2.0,
                Svg.escape(yLabel)));
      }
      svg.line(LEFT, TOP + plotH(), LEFT + plotW(), TOP + plotH(), "#444", 1, null);
      svg.line(LEFT, TOP, LEFT, TOP + plotH(), "#444", 1, null);
    }

    int plotW() {
      return W - LEFT - RIGHT;
    }

    int plotH() {
      return H - TOP - BOTTOM;
    }

    double xPos(Axis a, double v) {
      return LEFT + (v - a.min) / (a.max - a.min) * plotW();
    }

    double yPos(Axis a, double v) {
      return TOP + plotH() - (v - a.min) / (a.max - a.min) * plotH();
    }

    void yAxis(Axis a) {
      for (double v = a.min; v <= a.max + a.step / 2; v += a.step) {
        double y = yPos(a, v);
        svg.line(LEFT - 4, y, LEFT + plotW(), y, "#e2e8f0", 1, null);
        svg.text(LEFT - 8, y + 4, fmt(v), "end", 11, "#333");
      }
    }

    void xAxis(Axis a) {
      for (double v = a.min; v <= a.max + a.step / 2; v += a.step) {
        double x = xPos(a, v);
        svg.line(x, TOP + plotH(), x, TOP + plotH() + 4, "#444", 1, null);
        svg.text(x, TOP + plotH() + 16, fmt(v), "middle", 11, "#333");
      }
    }

    void noData() {
      svg.text(LEFT + plotW() / 2.0, TOP + plotH() / 2.0, "no data", "middle", 13, "#888");
    }

    String close() {
      return svg.close();
    }
  }
}
