package org.osicam.cli.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A minimal SVG writer: shapes and text with escaping. */
final class Svg {
  private final StringBuilder sb = new StringBuilder();

  Svg(String id, int width, int height, String title) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\">",
            escape(id),
            width,
            height,
            width,
            height));
    sb.append("<title>").append(escape(title)).append("</title>");
  }

  void rect(double x, double y, double w, double h, String fill, String tooltip) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
            x,
            y,
            Math.max(0, w),
            Math.max(0, h),
            fill,
            escape(tooltip)));
  }

  void line(
      double x1,
      double y1,
      double x2,
      double y2,
      String stroke,
      double width,
      @Nullable String dash) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
            x1,
            y1,
            x2,
            y2,
            stroke,
            width,
            dash == null ? "" : " stroke-dasharray=\"" + dash + "\""));
  }

  void text(double x, double y, String text, String anchor, int size, String fill) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>",
            x,
            y,
            anchor,
            size,
            fill,
            escape(text)));
  }

  void raw(String element) {
    sb.append(element);
  }

  String close() {
    return sb.append("</svg>").toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
