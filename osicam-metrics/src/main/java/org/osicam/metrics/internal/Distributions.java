package org.osicam.metrics.internal;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** Normal and t quantiles, tail probabilities and Fisher's exact test, over Commons Math. */
public final class Distributions {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  /** R's relative tolerance for "as or more extreme" tables in {@code fisher.test}. */
  private static final double FISHER_RELATIVE_ERROR = 1 + 1e-7;

  private Distributions() {}

  /**
   * @param level confidence level in (0, 1)
   * @return the two-sided standard normal critical value, e.g. 1.959964 for 0.95
   */
  public static double zCritical(double level) {
    return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
  }

  /**
   * @param p a probability in (0, 1)
   * @return the standard normal quantile
   */
  public static double normalQuantile(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /**
   * @param x a value
   * @return the standard normal distribution function at {@code x}
   */
  public static double normalCdf(double x) {
    return STANDARD_NORMAL.cumulativeProbability(x);
  }

  /**
   * @param z a z statistic
   * @return the two-sided p-value {@code 2 (1 - Phi(|z|))}
   */
  public static double twoSidedNormalP(double z) {
    return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  /**
   * @param level confidence level in (0, 1)
   * @param degreesOfFreedom positive, may be fractional (Welch)
   * @return the two-sided Student t critical value
   */
  public static double tCritical(double level, double degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + level / 2);
  }

  /**
   * @param t a t statistic
   * @param degreesOfFreedom positive
   * @return the two-sided p-value
   */
  public static double twoSidedTP(double t, double degreesOfFreedom) {
    return Math.min(
        1.0, 2 * new TDistribution(null, degreesOfFreedom).cumulativeProbability(-Math.abs(t)));
  }

  /**
   * Fisher's exact test on the 2x2 table {@code [[a, b], [c, d]]} (rows: groups; columns: success,
   * failure), conditional on the margins, as R's {@code fisher.test}.
   *
   * @param a successes in row 1
   * @param b failures in row 1
   * @param c successes in row 2
   * @param d failures in row 2
   * @param tail -1 for "row 1 has lower odds" (less), +1 for greater, 0 for two-sided
   * @return the p-value
   */
  public static double fisherExact(long a, long b, long c, long d, int tail) {
    long n = a + b + c + d;
    long row1 = a + b;
    long col1 = a + c;
    if (row1 == 0 || row1 == n || col1 == 0 || col1 == n) {
      return 1.0; // a margin is degenerate: only the observed table is possible
    }
    HypergeometricDistribution h =
        new HypergeometricDistribution(null, toInt(n), toInt(col1), toInt(row1));
    int x = toInt(a);
    if (tail < 0) {
      return Math.min(1.0, h.cumulativeProbability(x));
    }
    if (tail > 0) {
      return Math.min(1.0, h.upperCumulativeProbability(x));
    }
    double observed = h.probability(x) * FISHER_RELATIVE_ERROR;
    int lo = Math.max(0, toInt(row1 + col1 - n));
    int hi = toInt(Math.min(row1, col1));
    double p = 0;
    for (int k = lo; k <= hi; k++) {
      double pk = h.probability(k);
      if (pk <= observed) {
        p += pk;
      }
    }
    return Math.min(1.0, p);
  }

  private static int toInt(long v) {
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "Fisher's exact test supports counts up to 2^31-1, was " + v);
    }
    return (int) v;
  }
}
