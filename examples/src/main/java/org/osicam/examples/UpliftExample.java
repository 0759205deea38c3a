package org.osicam.examples;

import java.util.Locale;
import org.osicam.metrics.uplift.Group;
import org.osicam.metrics.uplift.SampleSize;
import org.osicam.metrics.uplift.SampleSizePlan;
import org.osicam.metrics.uplift.Uplift;
import org.osicam.metrics.uplift.UpliftAccumulator;
import org.osicam.metrics.uplift.UpliftResult;

/**
 * Measure a campaign against its control group (docs/measure.md): uplift with its interval and
 * test, incremental revenue and ROI, then the size of the next control group.
 */
public final class UpliftExample {
  private UpliftExample() {}

  /**
   * Runs the example.
   *
   * @return a one-line summary
   */
  public static String run() {
    // 1,000 treated customers (1 in 12 bought, 80 each), 250 held out (1 in 20 bought)
    UpliftAccumulator campaign = Uplift.accumulator();
    for (int i = 0; i < 1000; i++) {
      campaign.add(Group.TREATMENT, i % 12 == 0, i % 12 == 0 ? 80.0 : 0.0);
    }
    for (int i = 0; i < 250; i++) {
      campaign.add(Group.CONTROL, i % 20 == 0, i % 20 == 0 ? 80.0 : 0.0);
    }
    campaign.addCost(1500);
    UpliftResult uplift = campaign.snapshot();

    // a control group big enough to detect +2 points on a 5 % rate (alpha 5 %, power 80 %)
    SampleSizePlan next = SampleSize.plan(0.05, 0.02, 0.05, 0.8, 0.2);

    return String.format(
        Locale.ROOT,
        "uplift %.1f pts (95%% CI %.1f..%.1f) p=%.3f (%s), incremental revenue %.0f, ROI %.2f;"
            + " next test: %d treated, %d control",
        100 * uplift.uplift(),
        100 * uplift.interval(0.95).lower(),
        100 * uplift.interval(0.95).upper(),
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
