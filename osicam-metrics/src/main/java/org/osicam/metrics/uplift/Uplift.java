package org.osicam.metrics.uplift;

/**
 * Treatment versus control: did the campaign change conversion and revenue?
 *
 * <pre>{@code
 * UpliftAccumulator acc = Uplift.accumulator();
 * acc.add(Group.TREATMENT, true, 120.0);
 * acc.add(Group.CONTROL, false, 0.0);
 * acc.addCost(500.0);
 * UpliftResult r = acc.snapshot();
 * r.uplift();                    // treatment rate − control rate
 * r.interval(0.95);              // unpooled Wald interval on the difference
 * r.test().pValue();             // z-test, or Fisher's exact test for small counts
 * r.incrementalRevenue();        // (revenue per treated − per control) × treated
 * }</pre>
 */
public final class Uplift {
  private Uplift() {}

  /** A new empty accumulator. */
  public static UpliftAccumulator accumulator() {
    return new UpliftAccumulator();
  }
}
