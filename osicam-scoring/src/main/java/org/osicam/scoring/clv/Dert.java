package org.osicam.scoring.clv;

/** E[1 / (δ + μ)] for μ ~ Gamma(shape s, rate k), by Gauss-Laguerre-free adaptive quadrature. */
final class Dert {
  private Dert() {}

  /**
   * E[1/(δ+μ)] = k ∫ g^(s-1) e^(-g) / (Γ(s) (kδ + g)) dg. The integral is computed on u = g / (1 +
   * g) in [0, 1) with adaptive Simpson's rule after the substitution g = v^(1/s) that removes the
   * singularity at 0 for s &lt; 1.
   */
  static double meanInverse(double s, double k, double delta) {
    double y = k * delta;
    double lgs = Numerics.logGamma(s + 1); // Γ(s) s, because dg = (1/s) v^(1/s - 1) dv
    // with g = v^(1/s): g^(s-1) dg = (1/s) dv, so the integrand is e^(-g) / (y + g) / (Γ(s) s)
    // map v in [0, inf) to w = v / (1 + v) in [0, 1)
    java.util.function.DoubleUnaryOperator f =
        w -> {
          if (w >= 1) {
            return 0;
          }
          double v = w / (1 - w);
          double g = Math.pow(v, 1 / s);
          double value = Math.exp(-g - lgs) / (y + g) / ((1 - w) * (1 - w));
          return Double.isFinite(value) ? value : 0;
        };
    double integral = simpson(f, 0, 1, 1e-12, 50);
    return k * integral;
  }

  private static double simpson(
      java.util.function.DoubleUnaryOperator f, double a, double b, double eps, int depth) {
    double fa = f.applyAsDouble(a);
    double fb = f.applyAsDouble(b);
    double m = (a + b) / 2;
    double fm = f.applyAsDouble(m);
    double whole = (b - a) / 6 * (fa + 4 * fm + fb);
    return adapt(f, a, b, fa, fm, fb, whole, eps, depth);
  }

  private static double adapt(
      java.util.function.DoubleUnaryOperator f,
      double a,
      double b,
      double fa,
      double fm,
      double fb,
      double whole,
      double eps,
      int depth) {
    double m = (a + b) / 2;
    double lm = (a + m) / 2;
    double rm = (m + b) / 2;
    double flm = f.applyAsDouble(lm);
    double frm = f.applyAsDouble(rm);
    double left = (m - a) / 6 * (fa + 4 * flm + fm);
    double right = (b - m) / 6 * (fm + 4 * frm + fb);
    double diff = left + right - whole;
    if (depth <= 0 || Math.abs(diff) <= 15 * eps) {
      return left + right + diff / 15;
    }
    return adapt(f, a, m, fa, flm, fm, left, eps / 2, depth - 1)
        + adapt(f, m, b, fm, frm, fb, right, eps / 2, depth - 1);
  }
}
