package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.logGamma;

import org.jspecify.annotations.Nullable;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987; likelihood as in Fader and Hardie's
 * note 009): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α) and her lifetime is
 * exponential with rate μ ~ Gamma(s, β).
 *
 * <pre>{@code
 * ParetoNbd model = ParetoNbd.fitter().fit(summaries);
 * double dert = model.discountedExpectedTransactions(0.0027, 2, 30.43, 38.86);
 * }</pre>
 *
 * <p>The likelihood's A₀ term is a difference of two Gauss hypergeometric functions, computed in
 * log space so that heavy buyers (x in the hundreds) and long histories stay finite.
 */
public final class ParetoNbd extends AbstractModel implements TransactionModel {
  static final String NAME = "pareto-nbd";
  static final String[] NAMES = {"r", "alpha", "s", "beta"};
  static final boolean[] TIME_SCALED = {false, true, false, true};

  private final double r;
  private final double alpha;
  private final double s;
  private final double beta;

  ParetoNbd(double r, double alpha, double s, double beta, @Nullable FitReport report) {
    super(NAME, NAMES, new double[] {r, alpha, s, beta}, report);
    this.r = r;
    this.alpha = alpha;
    this.s = s;
    this.beta = beta;
  }

  /**
   * @param r shape of the purchase-rate distribution
   * @param alpha scale of the purchase-rate distribution
   * @param s shape of the drop-out-rate distribution
   * @param beta scale of the drop-out-rate distribution
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static ParetoNbd of(double r, double alpha, double s, double beta) {
    return new ParetoNbd(r, alpha, s, beta, null);
  }

  /** A maximum-likelihood fitter. */
  public static ModelFitter<ParetoNbd> fitter() {
    return new ModelFitter<>(ParetoNbd::fit, FitOptions.defaults());
  }

  @Override
  public double probabilityAlive(double x, double tx, double age) {
    Fits.checkHistory(x, tx, age);
    double la0 = logA0(r, alpha, s, beta, x, logF(r, alpha, s, beta, x, tx), age);
    double logOdds =
        Math.log(s / (r + s + x))
            + (r + x) * Math.log(alpha + age)
            + s * Math.log(beta + age)
            + la0;
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
    double l = -Math.log1p(t / (beta + age));
    return (r + x) * (beta + age) / (alpha + age) * Numerics.oneMinusExpOver(s - 1, l);
  }

  @Override
  public double expectedPurchases(double t) {
    Fits.checkTime(t);
    if (t == 0) {
      return 0;
    }
    return r * beta / alpha * Numerics.oneMinusExpOver(s - 1, -Math.log1p(t / beta));
  }

  /**
   * Discounted expected residual transactions, DERT (Fader, Hardie and Lee 2005b, eq. 2): the
   * present value of the customer's future purchases under continuous discounting at rate δ per
   * time unit, P(alive) (r + x)/(α + T) E[1/(δ + μ)] with μ ~ Gamma(s, β + T). Multiply by the
   * expected spend for a CLV.
   *
   * @param delta continuous discount rate per time unit, &gt; 0 (an annual rate d over k units per
   *     year gives ln(1 + d) / k)
   * @param x repeat frequency
   * @param tx recency
   * @param age time since the first purchase
   * @return the DERT
   */
  public double discountedExpectedTransactions(double delta, double x, double tx, double age) {
    Fits.positive("delta", delta);
    double alive = probabilityAlive(x, tx, age);
    return alive * (r + x) / (alpha + age) * Dert.meanInverse(s, beta + age, delta);
  }

  /** log of 2F1(r+s+x, b2; r+s+x+1; |α-β|/(m+t)) / (m+t)^(r+s+x), m = max(α, β). */
  static double logF(double r, double alpha, double s, double beta, double x, double t) {
    double m = Math.max(alpha, beta);
    double b2 = alpha >= beta ? s + 1 : r + x;
    double c = r + s + x;
    double z = Math.abs(alpha - beta) / (m + t);
    return Numerics.logHyp2f1(c, b2, c + 1, z) - c * Math.log(m + t);
  }

  static double logA0(
      double r, double alpha, double s, double beta, double x, double logFtx, double age) {
    return Numerics.logSubExp(logFtx, logF(r, alpha, s, beta, x, age));
  }

  static ParetoNbd fit(CustomerSummaries data, FitOptions options) {
    CompressedRows.Fitted f =
        CompressedRows.fitContinuous(
            data, options, NAMES, STARTS, TIME_SCALED, ParetoNbd::likelihood);
    double[] th = f.theta();
    return new ParetoNbd(th[0], th[1], th[2], th[3], f.report());
  }

  static final double[][] STARTS = {
    {1, 1, 1, 1}, {0.5, 0.5, 0.5, 0.5}, {2, 1, 0.5, 2}, {0.2, 0.05, 1, 1}
  };

  static Mle.LogLikelihood likelihood(CompressedRows rows) {
    Dedup xtx = Dedup.of(rows.x, rows.tx);
    Dedup xt = Dedup.of(rows.x, rows.t);
    return Mle.valueOnly(theta -> logLikelihood(rows, xtx, xt, theta));
  }

  static double logLikelihood(CompressedRows d, Dedup xtx, Dedup xt, double[] theta) {
    double r = theta[0];
    double alpha = theta[1];
    double s = theta[2];
    double beta = theta[3];
    double[] ftx = new double[xtx.count];
    for (int j = 0; j < xtx.count; j++) {
      int f = xtx.first[j];
      ftx[j] = logF(r, alpha, s, beta, d.x[f], d.tx[f]);
    }
    double[] ft = new double[xt.count];
    for (int j = 0; j < xt.count; j++) {
      int f = xt.first[j];
      ft[j] = logF(r, alpha, s, beta, d.x[f], d.t[f]);
    }
    int nx = d.xs.length;
    double[] k = new double[nx];
    double[] ls = new double[nx];
    double lgr = logGamma(r);
    double base = r * Math.log(alpha) + s * Math.log(beta);
    for (int j = 0; j < nx; j++) {
      double x = d.xs[j];
      k[j] = logGamma(r + x) - lgr + base;
      ls[j] = Math.log(s / (r + s + x));
    }
    double[] la = BetaGeometricKernel.logs(alpha, d.ts);
    double[] lb = BetaGeometricKernel.logs(beta, d.ts);
    double total = 0;
    for (int i = 0; i < d.n; i++) {
      int j = d.xi[i];
      double x = d.x[i];
      double first = -(r + x) * la[d.ti[i]] - s * lb[d.ti[i]];
      double la0 = Numerics.logSubExp(ftx[xtx.index[i]], ft[xt.index[i]]);
      total += d.w[i] * (k[j] + Numerics.logAddExp(first, ls[j] + la0));
    }
    return total;
  }
}
