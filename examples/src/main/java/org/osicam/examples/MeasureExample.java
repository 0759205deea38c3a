package org.osicam.examples;

import java.util.Locale;
import org.osicam.metrics.Breakdown;
import org.osicam.metrics.survey.Nps;
import org.osicam.metrics.survey.NpsAccumulator;
import org.osicam.metrics.survey.NpsComparison;
import org.osicam.metrics.survey.NpsResult;
import org.osicam.metrics.uplift.Group;
import org.osicam.metrics.uplift.SampleSize;
import org.osicam.metrics.uplift.SampleSizePlan;
import org.osicam.metrics.uplift.Uplift;
import org.osicam.metrics.uplift.UpliftAccumulator;
import org.osicam.metrics.uplift.UpliftResult;

/**
 * Measure: NPS by segment with its interval and a two-sample test, then a campaign judged against
 * its control group, and the size of the next control group.
 */
public final class MeasureExample {
  private MeasureExample() {}

  /**
   * Runs the example.
   *
   * @return a one-line summary
   */
  public static String run() {
    // NPS per segment, from 0-10 answers
    Breakdown<String, NpsAccumulator, NpsResult> nps = Breakdown.of(Nps::accumulator);
    nps.group("gold").addAll(10, 9, 9, 8, 10, 7, 9, 6, 10, 9);
    nps.group("silver").addAll(6, 7, 9, 3, 8, 10, 5, 7, 9, 4);
    NpsResult gold = nps.snapshot().get("gold");
    NpsResult silver = nps.snapshot().get("silver");
    NpsComparison diff = Nps.compare(gold, silver);

    // the campaign: 1,000 treated, 250 held out
    UpliftAccumulator campaign = Uplift.accumulator();
    for (int i = 0; i < 1000; i++) {
      campaign.add(Group.TREATMENT, i % 12 == 0, i % 12 == 0 ? 80.0 : 0.0);
    }
    for (int i = 0; i < 250; i++) {
      campaign.add(Group.CONTROL, i % 20 == 0, i % 20 == 0 ? 80.0 : 0.0);
    }
    campaign.addCost(1500);
    UpliftResult uplift = campaign.snapshot();

    // a control group big enough to detect +2 points on a 5 % rate
    SampleSizePlan next = SampleSize.plan(0.05, 0.02, 0.05, 0.8, 0.2);

    return String.format(
        Locale.ROOT,
        "gold NPS %.0f (95%% CI %.0f..%.0f), gold - silver %.0f pts p=%.3f; uplift %.1f pts"
            + " p=%.3f (%s), incremental revenue %.0f, ROI %.2f; next test: %d treated, %d control",
        gold.nps(),
        gold.adjustedWaldInterval(0.95).lower(),
        gold.adjustedWaldInterval(0.95).upper(),
        diff.difference(),
        diff.pValue(),
        100 * uplift.uplift(),
        uplift.test().pValue(),
        uplift.test().method(),
        uplift.incrementalRevenue(),
        uplift.roi().orElseThrow(),
        next.treatment(),
        next.control());
  }

  /**
   * Prints the summary.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println(run());
  }
}
