package org.osicam.scoring.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * Special functions in log space for the customer-base models: log-gamma (with sign for negative
 * arguments), digamma, log-beta, log-sum-exp and the Gauss hypergeometric function 2F1.
 */
final class Numerics {
  private Numerics() {}

  private static final double LOG_RESCALE = Math.log(1e200);
  private static final int MAX_TERMS = 5_000_000;

  static double logGamma(double x) {
    return Gamma.logGamma(x);
  }

  static double digamma(double x) {
    return Gamma.digamma(x);
  }

  static double trigamma(double x) {
    return Gamma.trigamma(x);
  }

  static double logBeta(double a, double b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /** log(exp(a) + exp(b)) without overflow; -inf terms are allowed. */
  static double logAddExp(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
  }

  /** log(exp(a) - exp(b)) for a >= b; -inf when equal. */
  static double logSubExp(double a, double b) {
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double d = b - a;
    if (d >= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    return a + log1mExp(d);
  }

  /** log(1 - exp(d)) for d &lt; 0, accurate near 0 and for very negative d. */
  static double log1mExp(double d) {
    return d > -0.6931471805599453 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d));
  }

  /** (1 - exp(e * l)) / e, with its limit -l as e goes to 0 (l is a logarithm, usually &lt; 0). */
  static double oneMinusExpOver(double e, double l) {
    double el = e * l;
    if (Math.abs(el) < 1e-12) {
      return -l * (1 + el / 2);
    }
    return -Math.expm1(el) / e;
  }

  /** log|Gamma(x)| for any real x that is not a non-positive integer. */
  static double logAbsGamma(double x) {
    if (x > 0) {
      return logGamma(x);
    }
    // reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x)
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }

  /** The sign of Gamma(x) (x not a non-positive integer). */
  static double signGamma(double x) {
    if (x > 0) {
      return 1;
    }
    return Math.sin(Math.PI * x) > 0 ? 1 : -1;
  }

  /**
   * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments with z &lt; 1 and c not a
   * non-positive integer. Series near 0, Pfaff's transformation for z &lt; 0, the 1 - z connection
   * formula close to 1 (DLMF 15.8.4 / Abramowitz and Stegun 15.3.6).
   *
   * @return the value, NaN outside the domain
   */
  static double hyp2f1(double a, double b, double c, double z) {
    double[] r = signedLog2f1(a, b, c, z);
    return r[0] * Math.exp(r[1]);
  }

  /**
   * The natural log of 2F1(a, b; c; z) when the value is positive (as it is for every use in the
   * customer-base models); NaN when it is not.
   */
  static double logHyp2f1(double a, double b, double c, double z) {
    double[] r = signedLog2f1(a, b, c, z);
    return r[0] > 0 ? r[1] : Double.NaN;
  }

  /**
   * 1 - exp(lead) 2F1(a, b; c; z), accurate when the product is close to 1 and valid when 2F1 is
   * negative (c &lt; 0 between poles).
   */
  static double oneMinusScaledHyp2f1(double lead, double a, double b, double c, double z) {
    double[] f = signedLog2f1(a, b, c, z);
    if (f[0] > 0) {
      return -Math.expm1(lead + f[1]);
    }
    return 1 + Math.exp(lead + f[1]);
  }

  /** Returns {sign, log|value|}. */
  static double[] signedLog2f1(double a, double b, double c, double z) {
    if (!(z < 1) || Double.isNaN(a + b + c + z)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    if (z == 0 || a == 0 || b == 0) {
      return new double[] {1, 0};
    }
    if (z < 0) {
      // Pfaff: 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c; z/(z-1)), argument in (0, 1)
      double w = z / (z - 1);
      double[] r = signedLog2f1Positive(a, c - b, c, w);
      return new double[] {r[0], r[1] - a * Math.log1p(-z)};
    }
    return signedLog2f1Positive(a, b, c, z);
  }

  private static double[] signedLog2f1Positive(double a, double b, double c, double z) {
    double cab = c - a - b;
    boolean nearInteger = Math.abs(cab - Math.rint(cab)) < 1e-6;
    double terms = estimatedTerms(a, b, z);
    if (z > 0.9 && (nearInteger ? terms > 200_000 : terms > 2_000)) {
      if (!nearInteger) {
        double[] viaConnection = connection(a, b, c, z);
        if (!Double.isNaN(viaConnection[1])) {
          return viaConnection;
        }
      } else {
        // degenerate (logarithmic) case: average the connection formula at c +- eps, which
        // cancels the first-order error
        double eps = 2e-5;
        double[] up = connection(a, b, c + eps, z);
        double[] down = connection(a, b, c - eps, z);
        if (up[0] > 0 && down[0] > 0) {
          double hi = Math.max(up[1], down[1]);
          double mean = (Math.exp(up[1] - hi) + Math.exp(down[1] - hi)) / 2;
          return new double[] {1, hi + Math.log(mean)};
        }
      }
    }
    return series(a, b, c, z);
  }

  private static double estimatedTerms(double a, double b, double z) {
    double grow = Math.max(Math.abs(a), Math.abs(b));
    return (grow + 40) / (1 - z);
  }

  /** The power series with running rescaling, returning {sign, log|sum|}. */
  static double[] series(double a, double b, double c, double z) {
    double sum = 1;
    double term = 1;
    double logScale = 0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      term *= ratio;
      sum += term;
      if (Math.abs(sum) > 1e200) {
        sum *= 1e-200;
        term *= 1e-200;
        logScale += LOG_RESCALE;
      }
      if (term == 0 || (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1 && n > 2)) {
        if (sum == 0 || !Double.isFinite(sum)) {
          return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Math.signum(sum), Math.log(Math.abs(sum)) + logScale};
      }
      if (!Double.isFinite(term)) {
        break;
      }
    }
    return new double[] {Double.NaN, Double.NaN};
  }

  /** Connection formula in 1 - z (c - a - b not an integer). */
  private static double[] connection(double a, double b, double c, double z) {
    double cab = c - a - b;
    double y = 1 - z;
    double[] f1 = series(a, b, 1 - cab, y);
    double[] f2 = series(c - a, c - b, 1 + cab, y);
    double log1 =
        logAbsGamma(c) + logAbsGamma(cab) - logAbsGamma(c - a) - logAbsGamma(c - b) + f1[1];
    double sign1 = signGamma(c) * signGamma(cab) * signGamma(c - a) * signGamma(c - b) * f1[0];
    double log2 =
        cab * Math.log(y)
            + logAbsGamma(c)
            + logAbsGamma(-cab)
            - logAbsGamma(a)
            - logAbsGamma(b)
            + f2[1];
    double sign2 = signGamma(c) * signGamma(-cab) * signGamma(a) * signGamma(b) * f2[0];
    if (Double.isNaN(log1) || Double.isNaN(log2)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double hi = Math.max(log1, log2);
    double s = sign1 * Math.exp(log1 - hi) + sign2 * Math.exp(log2 - hi);
    if (Math.abs(s) < 1e-8) {
      // catastrophic cancellation: let the caller fall back to the series
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {Math.signum(s), hi + Math.log(Math.abs(s))};
  }
}
