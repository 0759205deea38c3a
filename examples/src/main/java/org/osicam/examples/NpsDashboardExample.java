package org.osicam.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osicam.metrics.Breakdown;
import org.osicam.metrics.Interval;
import org.osicam.metrics.survey.Ces;
import org.osicam.metrics.survey.CesAccumulator;
import org.osicam.metrics.survey.CesResult;
import org.osicam.metrics.survey.CesScale;
import org.osicam.metrics.survey.Csat;
import org.osicam.metrics.survey.CsatAccumulator;
import org.osicam.metrics.survey.CsatResult;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsAccumulator;
import org.osicam.metrics.survey.NpsComparison;
import org.osicam.metrics.survey.NpsResult;

/**
 * A satisfaction dashboard by segment (docs/measure.md): NPS, CSAT and CES with 95 % intervals, and
 * whether two segments' NPS really differ.
 */
public final class NpsDashboardExample {
  private NpsDashboardExample() {}

  /**
   * Runs the example.
   *
   * @return the dashboard, one line per segment, then the comparison
   */
  public static List<String> run() {
    Breakdown<String, NpsAccumulator, NpsResult> nps = Breakdown.of(Nps::accumulator);
    Breakdown<String, CsatAccumulator, CsatResult> csat = Breakdown.of(Csat::accumulator);
    Breakdown<String, CesAccumulator, CesResult> ces =
        Breakdown.of(() -> Ces.accumulator(CesScale.SEVEN_POINT)); // 7 = easy

    // answers as a survey tool exports them: 0-10 likelihood, 1-5 satisfaction, 1-7 ease
    nps.group("gold").addAll(10, 9, 9, 8, 10, 7, 9, 6, 10, 9, 10, 8);
    csat.group("gold").addAll(5, 5, 4, 4, 5, 3, 4, 5, 5, 4, 2, 5);
    ces.group("gold").addAll(7, 6, 6, 5, 7, 6, 4, 7, 6, 6, 5, 7);
    nps.group("silver").addAll(6, 7, 9, 3, 8, 10, 5, 7, 9, 4, 8, 6);
    csat.group("silver").addAll(3, 4, 4, 2, 5, 3, 4, 3, 4, 1, 4, 3);
    ces.group("silver").addAll(4, 5, 3, 6, 2, 5, 4, 3, 5, 6, 4, 3);

    Map<String, NpsResult> npsBySegment = nps.snapshot();
    Map<String, CsatResult> csatBySegment = csat.snapshot();
    Map<String, CesResult> cesBySegment = ces.snapshot();
    List<String> lines = new ArrayList<>();
    lines.add("segment  answers  NPS (95% CI)        CSAT (95% CI)       CES (95% CI)");
    for (String segment : List.of("gold", "silver")) {
      NpsResult n = npsBySegment.get(segment);
      CsatResult c = csatBySegment.get(segment);
      CesResult e = cesBySegment.get(segment);
      lines.add(
          String.format(
              Locale.ROOT,
              "%-8s %7d  %+4.0f %-14s %3.0f %-14s  %.2f %s",
              segment,
              n.count(),
              n.nps(),
              range(n.adjustedWaldInterval(0.95), "%+.0f"),
              c.csat(),
              range(c.wilsonInterval(0.95), "%.0f"),
              e.mean(),
              range(e.interval(0.95), "%.2f")));
    }
    NpsResult gold = npsBySegment.get("gold");
    NpsResult silver = npsBySegment.get("silver");
    NpsComparison test = Nps.compare(gold, silver); // adjusted Wald: sound on small groups
    lines.add(
        String.format(
            Locale.ROOT,
            "gold - silver NPS: %+.0f points, p = %.3f%s",
            gold.nps() - silver.nps(),
            test.pValue(),
            test.pValue() < 0.05 ? "" : " (not significant at 5 %)"));
    return lines;
  }

  private static String range(Interval i, String format) {
    return "["
        + String.format(Locale.ROOT, format, i.lower())
        + ", "
        + String.format(Locale.ROOT, format, i.upper())
        + "]";
  }

  /**
   * Prints the dashboard.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
