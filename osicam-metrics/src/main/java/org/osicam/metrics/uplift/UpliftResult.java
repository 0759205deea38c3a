package org.osicam.metrics.uplift;

import java.util.Objects;
import java.util.OptionalDouble;
import org.osicam.metrics.Interval;
import org.osicam.metrics.internal.Distributions;

/**
 * The effect of a campaign, treatment minus control. Every statistic needs both groups non-empty
 * and throws {@link IllegalStateException} otherwise: check {@link GroupSummary#n()} first. Record
 * equality on doubles follows {@link Double#compare}.
 *
 * <pre>{@code
 * UpliftResult r = campaign.snapshot();
 * if (r.comparable()) {
 *   double uplift = r.uplift();                               // treatment rate - control rate
 *   Interval ci = r.interval(0.95);
 *   double p = r.test().pValue();
 *   OptionalDouble roi = r.roi();                             // empty without a recorded cost
 * }
 * }</pre>
 *
 * @param treatment the contacted group
 * @param control the held-out group
 * @param cost total campaign cost
 */
public record UpliftResult(GroupSummary treatment, GroupSummary control, double cost) {

  /** Validates. */
  public UpliftResult {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(control, "control");
    if (!(cost >= 0) || !Double.isFinite(cost)) {
      throw new IllegalArgumentException("cost must be finite and non-negative, was " + cost);
    }
  }

  /** Whether both groups have customers, so that every statistic can be computed. */
  public boolean comparable() {
    return treatment.n() > 0 && control.n() > 0;
  }

  private void requireBoth() {
    if (!comparable()) {
      throw new IllegalStateException(
          "uplift needs customers in both groups, had "
              + treatment.n()
              + " treated and "
              + control.n()
              + " control: check comparable() first");
    }
  }

  /** Absolute uplift: treatment conversion rate − control conversion rate. */
  public double uplift() {
    requireBoth();
    return treatment.rate() - control.rate();
  }

  /** Relative uplift (r_t − r_c) / r_c; empty when the control rate is 0. */
  public OptionalDouble relativeUplift() {
    requireBoth();
    double rc = control.rate();
    return rc == 0 ? OptionalDouble.empty() : OptionalDouble.of((treatment.rate() - rc) / rc);
  }

  /** Unpooled standard error of the uplift: sqrt(r_t(1 − r_t)/n_t + r_c(1 − r_c)/n_c). */
  public double standardError() {
    requireBoth();
    double rt = treatment.rate();
    double rc = control.rate();
    return Math.sqrt(rt * (1 - rt) / treatment.n() + rc * (1 - rc) / control.n());
  }

  /**
   * The Wald interval of the uplift with the unpooled standard error (R's {@code prop.test(correct
   * = FALSE)} interval), clipped to [−1, 1].
   *
   * @param level confidence level, e.g. 0.95
   * @return the interval
   */
  public Interval interval(double level) {
    Interval.checkLevel(level);
    double u = uplift();
    double half = Distributions.zCritical(level) * standardError();
    return new Interval(Math.max(-1, u - half), Math.min(1, u + half), level);
  }

  /**
   * The two-sided test of "no uplift": the pooled two-proportion z-test, or Fisher's exact test
   * when an expected cell count is under 5.
   *
   * @return the test result
   */
  public TestResult test() {
    requireBoth();
    return ProportionTests.test(
        treatment.conversions(), treatment.n(), control.conversions(), control.n());
  }

  /** Incremental conversions: uplift × treated customers. */
  public double incrementalConversions() {
    return uplift() * treatment.n();
  }

  /** Incremental revenue: (revenue per treated − revenue per control customer) × treated. */
  public double incrementalRevenue() {
    requireBoth();
    return (treatment.revenuePerCustomer() - control.revenuePerCustomer()) * treatment.n();
  }

  /**
   * Incremental ROI: (incremental revenue − cost) / cost; empty when no cost was recorded. Feed
   * gross margin rather than revenue as "revenue" for the standard, margin-based ROI: revenue
   * overstates it.
   */
  public OptionalDouble roi() {
    double incremental = incrementalRevenue();
    return cost == 0 ? OptionalDouble.empty() : OptionalDouble.of((incremental - cost) / cost);
  }

  /**
   * Welch's t-test and interval on revenue per customer.
   *
   * @param level confidence level of the interval
   * @return the comparison
   * @throws IllegalStateException with fewer than two customers in a group, or when revenue never
   *     varies
   */
  public RevenueComparison revenueComparison(double level) {
    Interval.checkLevel(level);
    requireBoth();
    double vt = treatment.revenueVariance() / treatment.n();
    double vc = control.revenueVariance() / control.n();
    double se = Math.sqrt(vt + vc);
    if (se == 0) {
      throw new IllegalStateException("revenue per customer has no variance in either group");
    }
    double df =
        (vt + vc) * (vt + vc) / (vt * vt / (treatment.n() - 1) + vc * vc / (control.n() - 1));
    double diff = treatment.revenuePerCustomer() - control.revenuePerCustomer();
    double t = diff / se;
    double half = Distributions.tCritical(level, df) * se;
    return new RevenueComparison(
        diff,
        se,
        df,
        t,
        Distributions.twoSidedTP(t, df),
        new Interval(diff - half, diff + half, level));
  }
}
