package org.osicam.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Assembles a self-contained HTML page: inline CSS, inline SVG, no script, no external resource.
 *
 * <pre>{@code
 * HtmlReport r = new HtmlReport("OSICAM demo");
 * r.section("organise", "O — Organise").paragraph("...").chart(Charts.bars(...));
 * String html = r.render();
 * }</pre>
 */
public final class HtmlReport {
  /** Cells that read as a number (counts, rates, signed points, p-values) are right-aligned. */
  private static final Pattern NUMBER =
      Pattern.compile("[<>+\u2212-]?\\s?[$€]?[0-9][0-9,]*(\\.[0-9]+)?( ?%)?");

  private final String title;
  private final List<Section> sections = new ArrayList<>();

  /**
   * @param title the page title
   */
  public HtmlReport(String title) {
    this.title = title;
  }

  /**
   * Starts a section.
   *
   * @param id anchor id
   * @param heading heading text
   * @return the section, to fill
   */
  public Section section(String id, String heading) {
    Section s = new Section(id, heading);
    sections.add(s);
    return s;
  }

  /**
   * @return the whole page
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Svg.escape(title))
        .append("</title><style>")
        .append(
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1a202c;background:#f7fafc}")
        .append(
            "header{background:#1a365d;color:#fff;padding:20px 32px}header h1{margin:0;font-size:24px}")
        .append(
            "nav{padding:8px 32px;background:#2a4365}nav a{color:#e2e8f0;margin-right:16px;text-decoration:none;font-size:14px}")
        .append(
            "main{padding:16px 32px;max-width:1560px}section{background:#fff;border-radius:8px;padding:16px 24px;margin:16px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}")
        .append(
            "h2{margin-top:0;color:#1a365d}.charts{display:flex;flex-wrap:wrap;gap:16px}svg.chart{max-width:100%;height:auto;background:#fff}")
        .append(
            "table{border-collapse:collapse;font-size:13px;margin:8px 0}th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:left}td.n{text-align:right}")
        .append("th{background:#edf2f7}.kpis{display:flex;flex-wrap:wrap;gap:12px}")
        .append(
            ".kpi{background:#ebf8ff;border-radius:6px;padding:8px 14px}.kpi b{display:block;font-size:20px}p{line-height:1.45}")
        .append("</style></head><body><header><h1>")
        .append(Svg.escape(title))
        .append("</h1></header><nav>");
    for (Section s : sections) {
      sb.append("<a href=\"#")
          .append(Svg.escape(s.id))
          .append("\">")
          .append(Svg.escape(s.heading))
          .append("</a>");
    }
    sb.append("</nav><main>");
    for (Section s : sections) {
      sb.append("<section id=\"")
          .append(Svg.escape(s.id))
          .append("\"><h2>")
          .append(Svg.escape(s.heading))
          .append("</h2>")
          .append(s)
          .append("</section>");
    }
    return sb.append("</main></body></html>\n").toString();
  }

  /** One section of the report. */
  public static final class Section {
    private final String id;
    private final String heading;
    private final StringBuilder body = new StringBuilder();
    private boolean inCharts;

    private Section(String id, String heading) {
      this.id = id;
      this.heading = heading;
    }

    /**
     * @param text plain text (escaped)
     * @return this section
     */
    public Section paragraph(String text) {
      endCharts();
      body.append("<p>").append(Svg.escape(text)).append("</p>");
      return this;
    }

    /**
     * @param labelsAndValues alternating label, value
     * @return this section
     */
    public Section kpis(String... labelsAndValues) {
      endCharts();
      body.append("<div class=\"kpis\">");
      for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
        body.append("<div class=\"kpi\"><b>")
            .append(Svg.escape(labelsAndValues[i + 1]))
            .append("</b>")
            .append(Svg.escape(labelsAndValues[i]))
            .append("</div>");
      }
      body.append("</div>");
      return this;
    }

    /**
     * @param svg an SVG element from {@link Charts}
     * @return this section
     */
    public Section chart(String svg) {
      if (!inCharts) {
        body.append("<div class=\"charts\">");
        inCharts = true;
      }
      body.append(svg);
      return this;
    }

    /**
     * @param header column names
     * @param rows cells (escaped when written; numbers are right-aligned, text left-aligned)
     * @return this section
     */
    public Section table(List<String> header, List<List<String>> rows) {
      endCharts();
      body.append("<table><thead><tr>");
      header.forEach(h -> body.append("<th>").append(Svg.escape(h)).append("</th>"));
      body.append("</tr></thead><tbody>");
      for (List<String> r : rows) {
        body.append("<tr>");
        r.forEach(
            c ->
                body.append(NUMBER.matcher(c).matches() ? "<td class=\"n\">" : "<td>")
                    .append(Svg.escape(c))
                    .append("</td>"));
        body.append("</tr>");
      }
      body.append("</tbody></table>");
      return this;
    }

    private void endCharts() {
      if (inCharts) {
        body.append("</div>");
        inCharts = false;
      }
    }

    @Override
    public String toString() {
      endCharts();
      return body.toString();
    }
  }
}
