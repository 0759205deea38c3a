package org.osicam.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every chart type renders in a real browser, without console errors. */
class ChartsBrowserTest {

  static String sample() {
    HtmlReport r = new HtmlReport("Charts <test> & friends");
    r.section("a", "Bars and heat map")
        .paragraph("Quotes \" and <tags> are escaped.")
        .kpis("customers", "1,234", "NPS", "+12")
        .chart(
            Charts.bars(
                "bars",
                "Funnel",
                List.of("records", "pairs", "customers"),
                new double[] {1000, 420.5, 600},
                "count"))
        .chart(
            Charts.heatMap(
                "heat",
                "R × F",
                List.of("R5", "R4"),
                List.of("F1", "F2"),
                new double[][] {{1, 2}, {3, 0}},
                new String[][] {{"1\n€10", "2\n€20"}, {"3\n€5", "0"}},
                "frequency score",
                "recency score"));
    r.section("b", "Distributions")
        .chart(Charts.histogram("hist", "CLV", new double[] {1, 2, 2, 3, 10, 50.5}, 10, "CLV (€)"))
        .chart(
            Charts.scatter(
                "scatter",
                "P(alive) vs recency",
                new double[] {1, 5, 30},
                new double[] {0.2, 0.5, 0.9},
                "recency (weeks)",
                "P(alive)"))
        .chart(
            Charts.lines(
                "lines",
                "Tracking",
                new double[] {1, 2, 3},
                List.of(
                    new Charts.Series("actual", new double[] {1, 3, 6}),
                    new Charts.Series("model", new double[] {1.2, 2.9, 6.3})),
                "week",
                "cumulative repeat purchases"))
        .chart(
            Charts.intervals(
                "ci",
                "Uplift",
                List.of("A", "B"),
                new double[] {0.02, -0.01},
                new double[] {0.0, -0.03},
                new double[] {0.04, 0.01},
                "uplift (points)",
                0))
        .chart(Charts.bars("empty", "Empty", List.of(), new double[0], "count"))
        .table(List.of("rule", "lift"), List.of(List.of("{a} ⇒ {b}", "2.87")));
    return r.render();
  }

  @Test
  void htmlIsSelfContained() {
    String html = sample();
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("url(");
    // the SVG namespace is an identifier, not a fetch; nothing else names a network address
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:")
        .doesNotContain("https:");
    assertThat(html).contains("Charts &lt;test&gt; &amp; friends");
  }

  @Test
  void everyChartRendersInHeadlessChromiumWithoutConsoleErrors() throws Exception {
    Path dir = Path.of("target", "report-test").toAbsolutePath();
    Files.createDirectories(dir);
    Path page = dir.resolve("charts.html");
    Files.writeString(page, sample(), StandardCharsets.UTF_8);

    Chromium.Run dom = Chromium.run(dir, "--dump-dom", page.toUri().toString());
    assertThat(dom.exitCode()).as(dom.stderr()).isZero();
    for (String id : List.of("bars", "heat", "hist", "scatter", "lines", "ci", "empty")) {
      assertThat(dom.stdout()).contains("id=\"" + id + "\"");
    }
    assertThat(Chromium.consoleErrors(dom.stderr())).isEmpty();
    assertThat(Chromium.overlappingLabels(dir, sample())).isEmpty();

    Path png = dir.resolve("charts.png");
    Chromium.Run shot =
        Chromium.run(
            dir, "--screenshot=" + png, "--window-size=1600,1400", page.toUri().toString());
    assertThat(shot.exitCode()).as(shot.stderr()).isZero();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }
}
