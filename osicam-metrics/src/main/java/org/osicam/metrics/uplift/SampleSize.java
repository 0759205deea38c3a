package org.osicam.metrics.uplift;

import java.util.Locale;
import org.osicam.metrics.internal.Distributions;

/**
 * Sizes control groups: sample size for a minimum detectable effect (MDE), the MDE of given group
 * sizes, and the power of a design, for the two-sided two-proportion z-test. With equal groups the
 * formulas are those of R's {@code power.prop.test} (default, non-strict):
 *
 * <p>power = Φ((|p_t − p_c| − z_{1−α/2} · sqrt(p̄ q̄ (1/n_t + 1/n_c))) / sqrt(p_t q_t / n_t + p_c
 * q_c / n_c)), with p̄ = (n_t p_t + n_c p_c)/(n_t + n_c).
 *
 * <pre>{@code
 * SampleSizePlan plan = SampleSize.plan(0.05, 0.01, 0.05, 0.8, 0.2);  // 20 % held out
 * double mde = SampleSize.minimumDetectableEffect(0.05, 40_000, 10_000, 0.05, 0.8);
 * }</pre>
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * The power of a design.
   *
   * @param controlRate expected conversion rate of the control group, in (0, 1)
   * @param treatmentRate conversion rate to detect in the treatment group, in (0, 1)
   * @param treatment treated customers, positive
   * @param control control customers, positive
   * @param alpha two-sided significance level, in (0, 1)
   * @return the probability of a significant result
   */
  public static double power(
      double controlRate, double treatmentRate, double treatment, double control, double alpha) {
    rate(controlRate, "controlRate");
    rate(treatmentRate, "treatmentRate");
    rate(alpha, "alpha");
    if (!(treatment > 0) || !(control > 0)) {
      throw new IllegalArgumentException("group sizes must be positive");
    }
    double pbar = (treatment * treatmentRate + control * controlRate) / (treatment + control);
    double null0 = Math.sqrt(pbar * (1 - pbar) * (1 / treatment + 1 / control));
    double alt =
        Math.sqrt(
            treatmentRate * (1 - treatmentRate) / treatment
                + controlRate * (1 - controlRate) / control);
    double za = Distributions.normalQuantile(1 - alpha / 2);
    return Distributions.normalCdf((Math.abs(treatmentRate - controlRate) - za * null0) / alt);
  }

  /**
   * The smallest group sizes, with a given share held out as control, that reach a power.
   *
   * @param controlRate expected control conversion rate, in (0, 1)
   * @param minimumDetectableEffect absolute uplift to detect (treatment − control), non-zero, with
   *     control rate + effect in (0, 1)
   * @param alpha two-sided significance level, e.g. 0.05
   * @param power wanted power, e.g. 0.8
   * @param controlShare share of all customers held out, in (0, 1)
   * @return the plan (sizes rounded up)
   */
  public static SampleSizePlan plan(
      double controlRate,
      double minimumDetectableEffect,
      double alpha,
      double power,
      double controlShare) {
    double treatmentRate = controlRate + minimumDetectableEffect;
    rate(controlRate, "controlRate");
    rate(treatmentRate, "controlRate + minimumDetectableEffect");
    rate(alpha, "alpha");
    rate(power, "power");
    rate(controlShare, "controlShare");
    if (minimumDetectableEffect == 0) {
      throw new IllegalArgumentException("minimumDetectableEffect must not be 0");
    }
    double k = (1 - controlShare) / controlShare;
    // total N: solve power(N) = target by bisection on a monotone function
    double lo = 1;
    double hi = 2;
    while (power(controlRate, treatmentRate, hi * (1 - controlShare), hi * controlShare, alpha)
        < power) {
      hi *= 2;
      if (hi > 1e15) {
        throw new IllegalArgumentException("no feasible sample size below 1e15");
      }
    }
    for (int i = 0; i < 200 && hi - lo > 1e-9 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (power(controlRate, treatmentRate, mid * (1 - controlShare), mid * controlShare, alpha)
          < power) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double control = hi * controlShare;
    long c = (long) Math.ceil(control - 1e-9);
    long t = (long) Math.ceil(c * k - 1e-9);
    return new SampleSizePlan(Math.max(1, t), Math.max(1, c));
  }

  /**
   * Customers per group, equal groups (R's {@code power.prop.test(p1, p2, power)} n, not rounded).
   *
   * @param controlRate control conversion rate, in (0, 1)
   * @param treatmentRate treatment conversion rate, in (0, 1), different
   * @param alpha two-sided significance level
   * @param power wanted power
   * @return n per group
   */
  public static double perGroup(
      double controlRate, double treatmentRate, double alpha, double power) {
    rate(controlRate, "controlRate");
    rate(treatmentRate, "treatmentRate");
    rate(alpha, "alpha");
    rate(power, "power");
    double za = Distributions.normalQuantile(1 - alpha / 2);
    double zb = Distributions.normalQuantile(power);
    double pbar = (controlRate + treatmentRate) / 2;
    double root =
        za * Math.sqrt(2 * pbar * (1 - pbar))
            + zb * Math.sqrt(controlRate * (1 - controlRate) + treatmentRate * (1 - treatmentRate));
    double d = treatmentRate - controlRate;
    if (d == 0) {
      throw new IllegalArgumentException("treatmentRate must differ from controlRate");
    }
    return root * root / (d * d);
  }

  /**
   * The smallest positive uplift a design detects with the wanted power.
   *
   * @param controlRate expected control conversion rate, in (0, 1)
   * @param treatment treated customers
   * @param control control customers
   * @param alpha two-sided significance level
   * @param power wanted power
   * @return the minimum detectable absolute uplift
   * @throws IllegalArgumentException if even a treatment rate near 1 is not detectable
   */
  public static double minimumDetectableEffect(
      double controlRate, double treatment, double control, double alpha, double power) {
    rate(controlRate, "controlRate");
    rate(power, "power");
    double lo = 0;
    double hi = 1 - controlRate - 1e-12;
    if (power(controlRate, controlRate + hi, treatment, control, alpha) < power) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "groups of %s and %s cannot reach power %s", treatment, control, power));
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = (lo + hi) / 2;
      if (power(controlRate, controlRate + mid, treatment, control, alpha) < power) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  private static void rate(double v, String name) {
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(name + " must be strictly between 0 and 1, was " + v);
    }
  }
}
