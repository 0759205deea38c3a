package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.logBeta;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shifted-beta-geometric model of contractual retention (Fader and Hardie 2007, "How to project
 * customer retention"): at each renewal a customer cancels with probability θ ~ Beta(α, β). Fitted
 * on a cohort's counts of active customers per period.
 *
 * <pre>{@code
 * ShiftedBetaGeometric sbg = ShiftedBetaGeometric.fit(new double[] {1000, 631, 468, 382, 326});
 * double s7 = sbg.survival(7);
 * }</pre>
 */
public final class ShiftedBetaGeometric extends AbstractModel {
  static final String NAME = "sbg";
  static final String[] NAMES = {"alpha", "beta"};

  private final double alpha;
  private final double beta;

  ShiftedBetaGeometric(double alpha, double beta, @Nullable FitReport report) {
    super(NAME, NAMES, new double[] {alpha, beta}, report);
    this.alpha = alpha;
    this.beta = beta;
  }

  /**
   * @param alpha first shape of the churn probability
   * @param beta second shape of the churn probability
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static ShiftedBetaGeometric of(double alpha, double beta) {
    return new ShiftedBetaGeometric(alpha, beta, null);
  }

  /**
   * Fits the model by maximum likelihood on one cohort.
   *
   * @param active active customers at the start (index 0) and after each period: non-increasing,
   *     first &gt; 0, at least two values
   * @return the fitted model
   * @throws IllegalArgumentException if the counts break those rules
   */
  public static ShiftedBetaGeometric fit(double[] active) {
    return fit(active, FitOptions.defaults());
  }

  static ShiftedBetaGeometric fit(double[] active, FitOptions options) {
    Objects.requireNonNull(active, "active");
    if (active.length < 2 || !(active[0] > 0)) {
      throw new IllegalArgumentException("active needs at least two counts, the first > 0");
    }
    for (int t = 1; t < active.length; t++) {
      if (!(active[t] >= 0) || active[t] > active[t - 1]) {
        throw new IllegalArgumentException(
            "active must be non-increasing and >= 0, was "
                + active[t]
                + " after "
                + active[t - 1]
                + " (period "
                + t
                + ")");
      }
    }
    double[] counts = active.clone();
    Mle.LogLikelihood ll =
        Mle.valueOnly(
            th -> {
              return logLikelihood(th[0], th[1], counts);
            });
    double[][] starts = {{1, 1}, {0.5, 2}, {2, 5}};
    Mle.Outcome o = Mle.fit(NAMES, starts, ll, counts[0], options);
    double[] th = o.theta();
    FitReport r =
        Fits.report(
            o,
            NAMES,
            th,
            ll.value(th, null),
            counts[0],
            counts.length,
            options,
            Integer.toHexString(java.util.Arrays.hashCode(counts)));
    return new ShiftedBetaGeometric(th[0], th[1], r);
  }

  static double logLikelihood(double alpha, double beta, double[] active) {
    double lab = logBeta(alpha, beta);
    double total = 0;
    int k = active.length - 1;
    for (int t = 1; t <= k; t++) {
      double lost = active[t - 1] - active[t];
      if (lost > 0) {
        total += lost * (logBeta(alpha + 1, beta + t - 1) - lab);
      }
    }
    if (active[k] > 0) {
      total += active[k] * (logBeta(alpha, beta + k) - lab);
    }
    return total;
  }

  /**
   * The share of a cohort still active after t periods, S(t) = B(α, β + t) / B(α, β).
   *
   * @param t periods, &gt;= 0
   * @return the survival probability
   */
  public double survival(double t) {
    Fits.checkTime(t);
    return Math.exp(logBeta(alpha, beta + t) - logBeta(alpha, beta));
  }

  /**
   * The probability of cancelling exactly at period t, B(α + 1, β + t - 1) / B(α, β).
   *
   * @param t period, &gt;= 1
   * @return the probability
   */
  public double probabilityChurnAt(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("t must be >= 1, was " + t);
    }
    return Math.exp(logBeta(alpha + 1, beta + t - 1) - logBeta(alpha, beta));
  }

  /**
   * The retention rate at period t, (β + t - 1) / (α + β + t - 1).
   *
   * @param t period, &gt;= 1
   * @return the share of those active at t - 1 who renew at t
   */
  public double retentionRate(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("t must be >= 1, was " + t);
    }
    return (beta + t - 1) / (alpha + beta + t - 1);
  }
}
