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
    BetaGeometricKernel.PerX px = new BetaGeometricKernel.PerX(nx);
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
      px.k[j] =
          logGamma(r + x)
              - lgr
              + r * lalpha
              + lgab
              - lgb
              - logGamma(a + b + x + 1)
              + logGamma(b + x);
      px.c3[j] = Math.log(b + x);
      px.c4[j] = la;
      if (g != null) {
        double ps = digamma(a + b + x + 1);
        px.dr[j] = digamma(r + x) - psr + lalpha;
        px.da[j] = psab - ps;
        px.db[j] = psab - psb - ps + digamma(b + x);
        px.db3[j] = 1 / (b + x);
      }
    }
    return BetaGeometricKernel.sum(d, r, alpha, a, px, g);
  }
}
