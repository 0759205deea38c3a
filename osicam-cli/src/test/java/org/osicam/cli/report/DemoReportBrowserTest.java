package org.osicam.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osicam.cli.demo.Demo;

/**
 * The demo runs the whole loop on the bundled data, and its report opens in headless Chromium with
 * every chart present and no console error (a screenshot is saved under {@code target/}).
 */
class DemoReportBrowserTest {
  private static Demo.Summary summary;
  private static String log;

  @BeforeAll
  static void runDemoOnce() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    summary = new Demo(42, new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    log = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void consolidationKeepsEveryCdnowCustomerApartAndLinksMostDuplicates() {
    // every CDNOW customer has exactly one web-shop record: none may be merged with another
    assertThat(log)
        .contains("23570 people behind 23570 web-shop accounts: 0 accounts wrongly merged");
    assertThat(summary.transactions()).isEqualTo(69_659); // lines in CDNOW_master.txt
    // store and call-centre duplicates mostly find their person (at most 2 % of customers extra)
    assertThat(summary.customers()).isBetween(23_570L, 23_570L + 471L);
  }

  @Test
  void bgNbdOnTheFullCohortIsCloseToTheSampleEstimates() {
    // Fader, Hardie and Lee (2005) on the 2,357-customer sample: r 0.243, alpha 4.41, a 0.793,
    // b 2.43; the full cohort is ten times larger and gives close but not identical values
    assertThat(summary.bgNbdR()).isCloseTo(0.243, within(0.03));
    assertThat(summary.bgNbdAlpha()).isCloseTo(4.41, within(0.8));
    assertThat(summary.bgNbdA()).isCloseTo(0.793, within(0.15));
    assertThat(summary.bgNbdB()).isCloseTo(2.43, within(0.6));
  }

  @Test
  void campaignHasContactsControlsAndAPositiveSimulatedUplift() {
    assertThat(summary.contacts()).isPositive();
    assertThat(summary.controls()).isPositive();
    // the simulation adds 3 to 8 points for treated customers
    assertThat(summary.overallUplift()).isBetween(0.0, 0.15);
    assertThat(summary.overallNps()).isBetween(-100.0, 100.0);
    assertThat(summary.segments().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(summary.customers());
  }

  @Test
  void reportOpensInChromiumWithEveryChart() throws Exception {
    Path dir = Path.of("target", "demo-report").toAbsolutePath();
    Files.createDirectories(dir);
    Path page = dir.resolve("report.html");
    Files.writeString(page, summary.html(), StandardCharsets.UTF_8);
    assertThat(summary.html()).doesNotContain("<script").doesNotContain("<link");

    Chromium.Run dom = Chromium.run(dir, "--dump-dom", page.toUri().toString());
    assertThat(dom.exitCode()).as(dom.stderr()).isZero();
    for (String id :
        List.of(
            "funnel",
            "rfm",
            "clv",
            "palive",
            "tracking",
            "segment-sizes",
            "segment-value",
            "matrix",
            "plan-actions",
            "refusals",
            "uplift",
            "nps")) {
      assertThat(dom.stdout()).as("chart " + id).contains("id=\"" + id + "\"");
    }
    assertThat(Chromium.consoleErrors(dom.stderr())).isEmpty();
    assertThat(Chromium.overlappingLabels(dir, summary.html())).isEmpty();

    Path png = Path.of("target", "demo-report.png").toAbsolutePath();
    Chromium.Run shot =
        Chromium.run(
            dir, "--screenshot=" + png, "--window-size=1600,7000", page.toUri().toString());
    assertThat(shot.exitCode()).as(shot.stderr()).isZero();
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }
}
