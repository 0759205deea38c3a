package org.osicam.metrics.survey;

import java.util.Objects;
import org.osicam.metrics.Interval;
import org.osicam.metrics.internal.Distributions;

/**
 * Net Promoter Score: answers 0 to 10 to "how likely are you to recommend us?"; promoters answer 9
 * or 10, passives 7 or 8, detractors 0 to 6; NPS = % promoters − % detractors, from −100 to 100.
 *
 * <pre>{@code
 * NpsAccumulator acc = Nps.accumulator();
 * acc.addAll(0, 7, 7, 9, 9, 9);
 * NpsResult r = acc.snapshot();
 * r.nps();                        // 33.3
 * r.standardError();              // 30.4 points
 * r.adjustedWaldInterval(0.95);   // Rocks (2016), best coverage
 * Nps.compare(r, lastQuarter);    // two-sample test
 * }</pre>
 */
public final class Nps {
  private Nps() {}

  /** A new empty accumulator. */
  public static NpsAccumulator accumulator() {
    return new NpsAccumulator();
  }

  /**
   * Compares two scores (two segments, two periods) with the adjusted-Wald method at 95 %.
   *
   * @param first the first result
   * @param second the second result
   * @return first − second with its standard error, interval and two-sided test
   * @throws IllegalStateException if either result has no responses
   */
  public static NpsComparison compare(NpsResult first, NpsResult second) {
    return compare(first, second, NpsMethod.ADJUSTED_WALD, 0.95);
  }

  /**
   * Compares two scores: z = (NPS₁ − NPS₂) / sqrt(Var₁/n₁ + Var₂/n₂), with the variances and scores
   * of the chosen method.
   *
   * @param first the first result
   * @param second the second result
   * @param method Wald (raw counts) or adjusted Wald (pseudo-counts ¾, 1½, ¾ added to each group)
   * @param level confidence level of the interval on the difference
   * @return the comparison
   * @throws IllegalStateException if either result has no responses, or (Wald) if both have zero
   *     variance so no test is possible
   */
  public static NpsComparison compare(
      NpsResult first, NpsResult second, NpsMethod method, double level) {
    Objects.requireNonNull(method, "method");
    Interval.checkLevel(level);
    first.requireResponses();
    second.requireResponses();
    double[] a = NpsResult.shares(first, method);
    double[] b = NpsResult.shares(second, method);
    double diff = (a[0] - a[1]) - (b[0] - b[1]);
    double var = a[2] / a[3] + b[2] / b[3];
    if (var <= 0) {
      throw new IllegalStateException(
          "both groups have zero variance (every answer in one category): use the adjusted-Wald"
              + " method");
    }
    double se = Math.sqrt(var);
    double z = diff / se;
    double k = Distributions.zCritical(level);
    double lo = Math.max(-2, diff - k * se);
    double hi = Math.min(2, diff + k * se);
    return new NpsComparison(
        100 * diff,
        100 * se,
        z,
        Distributions.twoSidedNormalP(z),
        new Interval(100 * lo, 100 * hi, level),
        method);
  }
}
