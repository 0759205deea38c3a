package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.logBeta;
import static org.osicam.scoring.clv.Numerics.logGamma;

import org.jspecify.annotations.Nullable;

/**
 * The BG/BB model for discrete-time repeat transactions (Fader, Hardie and Shang 2010; Hardie's
 * note 010): at each of n transaction opportunities an alive customer buys with probability p ~
 * Beta(α, β), and before each opportunity she drops out with probability θ ~ Beta(γ, δ).
 *
 * <p>Data: {@link CustomerSummaries} built with {@link CustomerSummaries.Builder#discrete()} where
 * frequency is the number of opportunities with a purchase (x), recency the last one (t_x) and age
 * the number of opportunities (n); weights count the customers of each (x, t_x, n) cell.
 *
 * <pre>{@code
 * BgBb model = BgBb.fitter().fit(donations);
 * double next5 = model.expectedPurchases(5, 4, 5, 6);
 * }</pre>
 */
public final class BgBb extends AbstractModel {
  static final String NAME = "bg-bb";
  static final String[] NAMES = {"alpha", "beta", "gamma", "delta"};

  private final double alpha;
  private final double beta;
  private final double gamma;
  private final double delta;

  BgBb(double alpha, double beta, double gamma, double delta, @Nullable FitReport report) {
    super(NAME, NAMES, new double[] {alpha, beta, gamma, delta}, report);
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
    this.delta = delta;
  }

  /**
   * @param alpha first shape of the purchase probability
   * @param beta second shape of the purchase probability
   * @param gamma first shape of the drop-out probability
   * @param delta second shape of the drop-out probability
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static BgBb of(double alpha, double beta, double gamma, double delta) {
    return new BgBb(alpha, beta, gamma, delta, null);
  }

  /** A maximum-likelihood fitter (recency and age must be integers). */
  public static ModelFitter<BgBb> fitter() {
    return new ModelFitter<>(BgBb::fit, FitOptions.defaults());
  }

  /**
   * The log-likelihood of one history.
   *
   * @param x opportunities with a purchase
   * @param tx last opportunity with a purchase (0 when none)
   * @param n opportunities observed
   * @return log L
   */
  public double logLikelihood(double x, double tx, double n) {
    checkDiscrete(x, tx, n);
    return logL(alpha, beta, gamma, delta, x, tx, n);
  }

  static double logL(double al, double be, double ga, double de, double x, double tx, double n) {
    double lab = logBeta(al, be);
    double lgd = logBeta(ga, de);
    double total = logBeta(al + x, be + n - x) - lab + logBeta(ga, de + n) - lgd;
    for (int i = 0; i <= n - tx - 1; i++) {
      double term = logBeta(al + x, be + tx - x + i) - lab + logBeta(ga + 1, de + tx + i) - lgd;
      total = Numerics.logAddExp(total, term);
    }
    return total;
  }

  /**
   * The probability that the customer is alive at opportunity n + m.
   *
   * @param m opportunities ahead (1 for the next one)
   * @param x opportunities with a purchase
   * @param tx last opportunity with a purchase
   * @param n opportunities observed
   * @return a probability in [0, 1]
   */
  public double probabilityAlive(int m, double x, double tx, double n) {
    checkDiscrete(x, tx, n);
    if (m < 0) {
      throw new IllegalArgumentException("m must be >= 0, was " + m);
    }
    double l =
        logBeta(alpha + x, beta + n - x)
            - logBeta(alpha, beta)
            + logBeta(gamma, delta + n + m)
            - logBeta(gamma, delta);
    return Math.min(1, Math.exp(l - logL(alpha, beta, gamma, delta, x, tx, n)));
  }

  /**
   * Expected purchases of a new customer in the first n opportunities.
   *
   * @param n opportunities, &gt;= 0
   * @return E[X(n)]
   */
  public double expectedPurchases(double n) {
    Fits.checkTime(n);
    double g = gamma == 1 ? 1 + 1e-9 : gamma;
    double ratio =
        logGamma(g + delta)
            + logGamma(1 + delta + n)
            - logGamma(1 + delta)
            - logGamma(g + delta + n);
    return alpha / (alpha + beta) * delta / (g - 1) * -Math.expm1(ratio);
  }

  /**
   * Expected purchases in the next {@code future} opportunities given the history.
   *
   * @param future opportunities ahead, &gt;= 0
   * @param x opportunities with a purchase
   * @param tx last opportunity with a purchase
   * @param n opportunities observed
   * @return the conditional expectation
   */
  public double expectedPurchases(double future, double x, double tx, double n) {
    checkDiscrete(x, tx, n);
    Fits.checkTime(future);
    if (future == 0) {
      return 0;
    }
    double g = Math.abs(gamma - 1) < 1e-9 ? 1 + 1e-9 : gamma;
    double d1 = logGamma(1 + delta + n) - logGamma(g + delta + n);
    double d2 = logGamma(1 + delta + n + future) - logGamma(g + delta + n + future);
    // bracket = e^d1 - e^d2; its sign matches (g - 1)
    double logBracket = d1 > d2 ? Numerics.logSubExp(d1, d2) : Numerics.logSubExp(d2, d1);
    double log =
        logBeta(alpha + x + 1, beta + n - x)
            - logBeta(alpha, beta)
            + Math.log(delta / Math.abs(g - 1))
            + logGamma(g + delta)
            - logGamma(1 + delta)
            + logBracket
            - logL(alpha, beta, gamma, delta, x, tx, n);
    return Math.exp(log);
  }

  /**
   * The probability that a new customer buys at exactly {@code x} of the first {@code n}
   * opportunities.
   *
   * @param x purchases, 0..n
   * @param n opportunities
   * @return the probability
   */
  public double probabilityOfPurchases(int x, int n) {
    if (n < 0 || x < 0 || x > n) {
      throw new IllegalArgumentException("need 0 <= x <= n, was x=" + x + ", n=" + n);
    }
    double lab = logBeta(alpha, beta);
    double lgd = logBeta(gamma, delta);
    double total =
        logChoose(n, x) + logBeta(alpha + x, beta + n - x) - lab + logBeta(gamma, delta + n) - lgd;
    for (int i = x; i <= n - 1; i++) {
      total =
          Numerics.logAddExp(
              total,
              logChoose(i, x)
                  + logBeta(alpha + x, beta + i - x)
                  - lab
                  + logBeta(gamma + 1, delta + i)
                  - lgd);
    }
    return Math.exp(total);
  }

  private static double logChoose(int n, int k) {
    return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
  }

  /**
   * Discounted expected residual transactions at discount rate d per opportunity (Fader, Hardie and
   * Shang 2010).
   *
   * @param d discount rate, &gt; 0
   * @param x opportunities with a purchase
   * @param tx last opportunity with a purchase
   * @param n opportunities observed
   * @return the DERT
   */
  public double discountedExpectedTransactions(double d, double x, double tx, double n) {
    checkDiscrete(x, tx, n);
    Fits.positive("d", d);
    double log =
        logBeta(alpha + x + 1, beta + n - x)
            - logBeta(alpha, beta)
            + logBeta(gamma, delta + n + 1)
            - Math.log1p(d)
            - logBeta(gamma, delta)
            + Numerics.logHyp2f1(1, delta + n + 1, gamma + delta + n + 1, 1 / (1 + d))
            - logL(alpha, beta, gamma, delta, x, tx, n);
    return Math.exp(log);
  }

  private static void checkDiscrete(double x, double tx, double n) {
    Fits.checkHistory(x, tx, n);
    if (x != Math.rint(x) || tx != Math.rint(tx) || n != Math.rint(n) || x > tx) {
      throw new org.osicam.core.InvalidDataException(
          "frequency",
          "an integer <= recency, with integer recency and periods",
          x + "," + tx + "," + n);
    }
  }

  static BgBb fit(CustomerSummaries data, FitOptions options) {
    for (int i = 0; i < data.size(); i++) {
      double x = data.frequency[i];
      double tx = data.recency[i];
      double n = data.age[i];
      if (tx != Math.rint(tx) || n != Math.rint(n) || n < 1 || x > tx) {
        throw CustomerSummaries.bad(
            "recency", i, "an integer >= frequency, with integer periods >= 1 (discrete time)", tx);
      }
    }
    CompressedRows rows = CompressedRows.of(data, false);
    Mle.LogLikelihood ll =
        Mle.valueOnly(
            th -> {
              double total = 0;
              for (int i = 0; i < rows.n; i++) {
                total +=
                    rows.w[i] * logL(th[0], th[1], th[2], th[3], rows.x[i], rows.tx[i], rows.t[i]);
              }
              return total;
            });
    double[][] starts = {{1, 1, 1, 1}, {0.5, 0.5, 0.5, 2}, {2, 1, 1, 3}};
    Mle.Outcome o = Mle.fit(NAMES, starts, ll, rows.customers, options);
    double[] th = o.theta();
    FitReport report =
        Fits.report(
            o, NAMES, th, ll.value(th, null), rows.customers, rows.n, options, rows.fingerprint);
    return new BgBb(th[0], th[1], th[2], th[3], report);
  }
}
