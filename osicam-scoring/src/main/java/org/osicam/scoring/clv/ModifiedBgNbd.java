package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.digamma;
import static org.osicam.scoring.clv.Numerics.logGamma;

import org.jspecify.annotations.Nullable;

/**
 * The MBG/NBD model (Batislam, Denizel and Filiztekin 2007, with the Wagner and Hoppe 2008
 * erratum): the BG/NBD with a drop-out opportunity also right after the first purchase, so that a
 * one-time buyer is not certainly alive.
 *
 * <pre>{@code
 * ModifiedBgNbd model = ModifiedBgNbd.fitter().fit(summaries);
 * }</pre>
 */
public final class ModifiedBgNbd extends AbstractModel implements TransactionModel {
  static final String NAME = "mbg-nbd";

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;

  ModifiedBgNbd(double r, double alpha, double a, double b, @Nullable FitReport report) {
    super(NAME, BgNbd.NAMES, new double[] {r, alpha, a, b}, report);
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
  }

  /**
   * @param r shape of the purchase-rate distribution
   * @param alpha scale of the purchase-rate distribution
   * @param a first shape of the drop-out probability distribution
   * @param b second shape of the drop-out probability distribution
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static ModifiedBgNbd of(double r, double alpha, double a, double b) {
    return new ModifiedBgNbd(r, alpha, a, b, null);
  }

  /** A maximum-likelihood fitter. */
  public static ModelFitter<ModifiedBgNbd> fitter() {
    return new ModelFitter<>(ModifiedBgNbd::fit, FitOptions.defaults());
  }

  @Override
  public double probabilityAlive(double x, double tx, double age) {
    Fits.checkHistory(x, tx, age);
    double logOdds =
        Math.log(a) - Math.log(b + x) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    return 1 / (1 + Math.exp(logOdds));
  }

  @Override
  public double expectedPurchases(double t, double x, double tx, double age) {
    Fits.checkTime(t);
    return probabilityAlive(x, tx, age) * expectedPurchasesIfAlive(t, x, age);
  }

  /**
   * Expected purchases in the next {@code t} time units for a customer with {@code x} repeat
   * purchases and age {@code age}, if she is alive.
   *
   * @param t horizon
   * @param x repeat frequency
   * @param age time since the first purchase
   * @return the expectation given alive
   */
  @Override
  public double expectedPurchasesIfAlive(double t, double x, double age) {
    if (t == 0) {
      return 0;
    }
    double z = t / (alpha + age + t);
    double lead = (r + x) * -Math.log1p(t / (alpha + age));
    return Fits.nearOne(
        a,
        aa -> {
          return (aa + b + x)
              / (aa - 1)
              * Numerics.oneMinusScaledHyp2f1(lead, r + x, b + x + 1, aa + b + x, z);
        });
  }

  @Override
  public double expectedPurchases(double t) {
    Fits.checkTime(t);
    if (t == 0) {
      return 0;
    }
    double lead = r * -Math.log1p(t / alpha);
    double z = t / (alpha + t);
    return Fits.nearOne(
        a,
        aa -> {
          return b / (aa - 1) * Numerics.oneMinusScaledHyp2f1(lead, r, b + 1, aa + b, z);
        });
  }

  static ModifiedBgNbd fit(CustomerSummaries data, FitOptions options) {
    CompressedRows.Fitted f =
        CompressedRows.fitContinuous(
            data, options, BgNbd.NAMES, STARTS, BgNbd.TIME_SCALED, ModifiedBgNbd::likelihood);
    double[] th = f.theta();
    return new ModifiedBgNbd(th[0], th[1], th[2], th[3], f.report());
  }

  static final double[][] STARTS = {
    {1, 1, 1, 1}, {0.5, 0.1, 1, 3}, {2, 2, 0.5, 0.5}, {0.1, 0.05, 2, 5}
  };

  static Mle.LogLikelihood likelihood(CompressedRows rows) {
    return (theta, gradient) -> logLikelihood(rows, theta, gradient);
  }

  static double logLikelihood(CompressedRows d, double[] theta, double @Nullable [] g) {
    double r = theta[0];
    double alpha = theta[1];
    double a = theta[2];
    double b = theta[3];
    int nx = d.xs.length;
    double[] k = new double[nx];
    double[] lbx = new double[nx];
    double[] dr = new double[nx];
    double[] da = new double[nx];
    double[] db = new double[nx];
    double lgr = logGamma(r);
    double lgab = logGamma(a + b);
    double lgb = logGamma(b);
    double lalpha = Math.log(alpha);
    double la = Math.log(a);
    double psr = g == null ? 0 : digamma(r);
    double psab = g == null ? 0 : digamma(a + b);
    double psb = g == null ? 0 : digamma(b);
    for (int j = 0; j < nx; j++) {
      double x = d.xs[j];
      k[j] =
          logGamma(r + x)
              - lgr
              + r * lalpha
              + lgab
              - lgb
              - logGamma(a + b + x + 1)
              + logGamma(b + x);
      lbx[j] = Math.log(b + x);
      if (g != null) {
        double ps = digamma(a + b + x + 1);
        dr[j] = digamma(r + x) - psr + lalpha;
        da[j] = psab - ps;
        db[j] = psab - psb - ps + digamma(b + x);
      }
    }
    double[] lt = BgNbd.logs(alpha, d.ts);
    double[] ltx = BgNbd.logs(alpha, d.txs);
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
      double u3 = lbx[j] - rx * lT;
      double u4 = la - rx * lTx;
      double diff = u4 - u3;
      double e = Math.exp(-Math.abs(diff));
      double w = d.w[i];
      total += w * (k[j] + Math.max(u3, u4) + Math.log1p(e));
      if (g != null) {
        double w4 = diff > 0 ? 1 / (1 + e) : e / (1 + e);
        double w3 = 1 - w4;
        gr += w * (dr[j] - w3 * lT - w4 * lTx);
        gal += w * (r / alpha - rx * (w3 / (alpha + d.t[i]) + w4 / (alpha + d.tx[i])));
        ga += w * (da[j] + w4 / a);
        gb += w * (db[j] + w3 / (b + d.x[i]));
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
}
