package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.logGamma;

/** The upper tail of the negative binomial distribution, in log space. */
final class NbdTail {
  private NbdTail() {}

  /**
   * log P(N &gt;= n) for N ~ NB with pmf Γ(r+j)/(Γ(r) j!) p^r q^j, given log p and log q.
   *
   * @param r shape
   * @param lp log p
   * @param lq log q (may be -inf)
   * @param n threshold, &gt; 0
   */
  static double logSurvival(double r, double lp, double lq, int n) {
    if (lq == Double.NEGATIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    // cdf below n
    double cdf = Double.NEGATIVE_INFINITY;
    double lr = logGamma(r);
    for (int j = 0; j < n; j++) {
      double term = logGamma(r + j) - lr - logGamma(j + 1.0) + r * lp + j * lq;
      cdf = Numerics.logAddExp(cdf, term);
    }
    if (cdf < Math.log(0.5)) {
      return Numerics.log1mExp(cdf);
    }
    // sum the tail directly for accuracy
    double tail = Double.NEGATIVE_INFINITY;
    for (int j = n; j < n + 100_000; j++) {
      double term = logGamma(r + j) - lr - logGamma(j + 1.0) + r * lp + j * lq;
      tail = Numerics.logAddExp(tail, term);
      if (term < tail - 40 && j > n + (r + j) * Math.exp(lq)) {
        break;
      }
    }
    return tail;
  }
}
