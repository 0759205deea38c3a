package org.osicam.metrics.uplift;

import java.util.Objects;
import org.osicam.metrics.Interval;

/**
 * Welch's t-test on revenue per customer, treatment minus control.
 *
 * <p>Obtained from {@link UpliftResult#revenueComparison(double)}.
 *
 * @param difference revenue per treated customer − revenue per control customer
 * @param standardError sqrt(s_t²/n_t + s_c²/n_c)
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom
 * @param t the t statistic
 * @param pValue two-sided p-value
 * @param interval confidence interval of the difference
 */
public record RevenueComparison(
    double difference,
    double standardError,
    double degreesOfFreedom,
    double t,
    double pValue,
    Interval interval) {

  /** Validates. */
  public RevenueComparison {
    Objects.requireNonNull(interval, "interval");
  }
}
