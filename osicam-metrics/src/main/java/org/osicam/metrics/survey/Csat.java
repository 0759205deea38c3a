package org.osicam.metrics.survey;

/**
 * Customer satisfaction (CSAT) on the 1–5 scale, reported as the top-two-box share: answers 4 and 5
 * over all answers, × 100, with a Wilson score interval. The mean is reported beside it, never in
 * its place.
 *
 * <pre>{@code
 * CsatAccumulator acc = Csat.accumulator();
 * acc.addAll(5, 4, 4, 3, 1);
 * CsatResult r = acc.snapshot();
 * r.csat();                  // 60.0
 * r.wilsonInterval(0.95);    // in points
 * }</pre>
 */
public final class Csat {
  private Csat() {}

  /** A new empty accumulator for the 1–5 scale. */
  public static CsatAccumulator accumulator() {
    return new CsatAccumulator();
  }
}
