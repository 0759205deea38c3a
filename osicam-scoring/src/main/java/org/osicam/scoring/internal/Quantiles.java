package org.osicam.scoring.internal;

/** Sample quantiles as R computes them (shared by RFM and the relational matrix; not API). */
public final class Quantiles {
  private Quantiles() {}

  /**
   * R's default {@code quantile(type = 7)}: linear interpolation between order statistics, with the
   * same floating-point steps as R so that edges match to the last bit.
   *
   * @param sorted ascending values, at least one
   * @param p probability in [0, 1]
   */
  public static double type7(double[] sorted, double p) {
    int n = sorted.length;
    double index = 1 + Math.max(n - 1, 0) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double qs = sorted[lo - 1];
    double xHi = sorted[hi - 1];
    if (index > lo && xHi != qs) {
      double h = index - lo;
      qs = (1 - h) * qs + h * xHi;
    }
    return qs;
  }
}
