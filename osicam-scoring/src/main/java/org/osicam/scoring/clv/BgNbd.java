package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.digamma;
import static org.osicam.scoring.clv.Numerics.logGamma;

import org.jspecify.annotations.Nullable;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while
 * alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase she drops out with
 * probability p ~ Beta(a, b).
 *
 * <pre>{@code
 * BgNbd model = BgNbd.fitter().fit(summaries);          // or BgNbd.of(0.243, 4.414, 0.793, 2.426)
 * double e = model.expectedPurchases(39, 2, 30.43, 38.86); // 1.226 on CDNOW
 * }</pre>
 *
 * <p>A customer with no repeat purchase has P(alive) = 1 under this model (it assumes drop-out
 * happens only after a purchase); {@link ModifiedBgNbd} removes that assumption. Expectations need
 * a &gt; 1 to have a finite mean purchase count per customer lifetime; the closed forms used here
 * are the analytic continuation and stay finite for a &lt; 1 as long as a + b &gt; 1.
 */
public final class BgNbd extends AbstractModel implements TransactionModel {
  static final String NAME = "bg-nbd";
  static final String[] NAMES = {"r", "alpha", "a", "b"};
  static final boolean[] TIME_SCALED = {false, true, false, false};

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;

  BgNbd(double r, double alpha, double a, double b, @Nullable FitReport report) {
    super(NAME, NAMES, new double[] {r, alpha, a, b}, report);
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
  }

  /**
   * A model with given parameters.
   *
   * @param r shape of the purchase-rate distribution
   * @param alpha scale of the purchase-rate distribution (in the data's time unit)
   * @param a first shape of the drop-out probability distribution
   * @param b second shape of the drop-out probability distribution
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static BgNbd of(double r, double alpha, double a, double b) {
    return new BgNbd(r, alpha, a, b, null);
  }

  /** A maximum-likelihood fitter. */
  public static ModelFitter<BgNbd> fitter() {
    return new ModelFitter<>(BgNbd::fit, FitOptions.defaults());
  }

  /** The shape r. */
  public double r() {
    return r;
  }

  /** The scale α. */
  public double alpha() {
    return alpha;
  }

  /** The shape a. */
  public double a() {
    return a;
  }

  /** The shape b. */
  public double b() {
    return b;
  }

  @Override
  public double probabilityAlive(double x, double tx, double age) {
    Fits.checkHistory(x, tx, age);
    if (x == 0) {
      return 1;
    }
    double logOdds =
        Math.log(a)
            - Math.log(b + x - 1)
            + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
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
        aa ->
            // c = a + b + x - 1 has a removable singularity at 0 (only when x = 0)
            Fits.near(
                b,
                1 - aa - x,
                bb ->
                    (aa + bb + x - 1)
                        / (aa - 1)
                        * Numerics.oneMinusScaledHyp2f1(lead, r + x, bb + x, aa + bb + x - 1, z)));
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
        aa ->
            Fits.near(
                b,
                1 - aa,
                bb ->
                    (aa + bb - 1)
                        / (aa - 1)
                        * Numerics.oneMinusScaledHyp2f1(lead, r, bb, aa + bb - 1, z)));
  }

  /**
   * The probability that a new customer makes exactly {@code n} repeat purchases in the {@code t}
   * time units after the first purchase.
   *
   * @param n number of purchases, &gt;= 0
   * @param t time, &gt;= 0
   * @return the probability
   */
  public double probabilityOfPurchases(int n, double t) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    Fits.checkTime(t);
    double lbab = Numerics.logBeta(a, b);
    double lp = -Math.log1p(t / alpha); // log(alpha / (alpha + t))
    double lq = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
    double first =
        Numerics.logBeta(a, b + n)
            - lbab
            + logGamma(r + n)
            - logGamma(r)
            - logGamma(n + 1.0)
            + r * lp
            + (n == 0 ? 0 : n * lq);
    if (n == 0) {
      return Math.exp(first);
    }
    double tail = NbdTail.logSurvival(r, lp, lq, n);
    double second = Numerics.logBeta(a + 1, b + n - 1) - lbab + tail;
    return Math.exp(Numerics.logAddExp(first, second));
  }

  // ---------------------------------------------------------------- fitting

  static BgNbd fit(CustomerSummaries data, FitOptions options) {
    CompressedRows.Fitted f =
        CompressedRows.fitContinuous(data, options, NAMES, STARTS, TIME_SCALED, BgNbd::likelihood);
    double[] th = f.theta();
    return new BgNbd(th[0], th[1], th[2], th[3], f.report());
  }

  /** Total weighted log-likelihood; gradient in natural parameters when {@code g} is given. */
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
    double psr = g == null ? 0 : digamma(r);
    double psab = g == null ? 0 : digamma(a + b);
    double psb = g == null ? 0 : digamma(b);
    double la = Math.log(a);
    double lalpha = Math.log(alpha);
    for (int j = 0; j < nx; j++) {
      double x = d.xs[j];
      px.k[j] =
          logGamma(r + x) - lgr + r * lalpha + lgab + logGamma(b + x) - lgb - logGamma(a + b + x);
      // the drop-out term exists only after a repeat purchase
      px.c4[j] = x > 0 ? la - Math.log(b + x - 1) : Double.NEGATIVE_INFINITY;
      if (g != null) {
        double psabx = digamma(a + b + x);
        px.dr[j] = digamma(r + x) - psr + lalpha;
        px.da[j] = psab - psabx;
        px.db[j] = psab + digamma(b + x) - psb - psabx;
        px.db4[j] = x > 0 ? -1 / (b + x - 1) : 0;
      }
    }
    return BetaGeometricKernel.sum(d, r, alpha, a, px, g);
  }
}
