package org.osicam.scoring.clv;

import org.jspecify.annotations.Nullable;

/**
 * The row loop shared by the BG/NBD and MBG/NBD likelihoods. Both read, per row,
 *
 * <pre>
 * ln L = k(x) + log(exp(u3) + exp(u4)),  u3 = c3(x) - (r + x) ln(α + T),
 *                                        u4 = c4(x) - (r + x) ln(α + t_x)
 * </pre>
 *
 * with u4 = -inf where a model has no second term. Per-x terms and their derivatives in a and b
 * come from the model; the derivatives in r and α, and the weights of the two terms, are common.
 */
final class BetaGeometricKernel {
  private BetaGeometricKernel() {}

  /**
   * Per distinct x: constant, term offsets and derivatives (only read when a gradient is asked).
   */
  static final class PerX {
    final double[] k;
    final double[] c3;
    final double[] c4;
    final double[] dr;
    final double[] da;
    final double[] db;
    final double[] db3;
    final double[] db4;

    PerX(int n) {
      k = new double[n];
      c3 = new double[n];
      c4 = new double[n];
      dr = new double[n];
      da = new double[n];
      db = new double[n];
      db3 = new double[n];
      db4 = new double[n];
    }
  }

  /**
   * Sums the weighted log-likelihood; fills {@code g} (natural parameters r, α, a, b) when given.
   * The derivative of u4 in a is 1/a in both models.
   */
  static double sum(
      CompressedRows d, double r, double alpha, double a, PerX px, double @Nullable [] g) {
    double[] lt = logs(alpha, d.ts);
    double[] ltx = logs(alpha, d.txs);
    double total = 0;
    double gr = 0;
    double gal = 0;
    double ga = 0;
    double gb = 0;
    for (int i = 0; i < d.n; i++) {
      int j = d.xi[i];
      double rx = r + d.x[i];
      double lT = lt[d.ti[i]];
      double lTx = ltx[d.txi[i]];
      double u3 = px.c3[j] - rx * lT;
      double u4 = px.c4[j] - rx * lTx;
      double diff = u4 - u3;
      double e = Math.exp(-Math.abs(diff));
      double w = d.w[i];
      total += w * (px.k[j] + (diff > 0 ? u4 : u3) + Math.log1p(e));
      if (g != null) {
        double w4 = diff > 0 ? 1 / (1 + e) : e / (1 + e);
        double w3 = 1 - w4;
        gr += w * (px.dr[j] - w3 * lT - w4 * lTx);
        gal += w * (r / alpha - rx * (w3 / (alpha + d.t[i]) + w4 / (alpha + d.tx[i])));
        ga += w * (px.da[j] + w4 / a);
        gb += w * (px.db[j] + w3 * px.db3[j] + w4 * px.db4[j]);
      }
    }
    if (g != null) {
      g[0] = gr;
      g[1] = gal;
      g[2] = ga;
      g[3] = gb;
    }
    return total;
  }

  static double[] logs(double alpha, double[] values) {
    double[] out = new double[values.length];
    for (int j = 0; j < values.length; j++) {
      out[j] = Math.log(alpha + values[j]);
    }
    return out;
  }
}
