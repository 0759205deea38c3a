package org.osicam.scoring.clv;

import static org.osicam.scoring.clv.Numerics.digamma;
import static org.osicam.scoring.clv.Numerics.logGamma;

import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV: using
 * iso-value curves"; Hardie's note 025): a customer's transaction values are Gamma(p, ν) with ν ~
 * Gamma(q, γ); γ is called {@code v} here, as in {@code lifetimes}. It is fitted on the customers
 * with at least one repeat purchase, from their repeat frequency and mean repeat value.
 *
 * <pre>{@code
 * GammaGamma spend = GammaGamma.fitter().fit(summaries);    // reads frequency and monetary
 * double m = spend.expectedSpend(2, 22.35);
 * }</pre>
 */
public final class GammaGamma extends AbstractModel {
  static final String NAME = "gamma-gamma";
  static final String[] NAMES = {"p", "q", "v"};

  private final double p;
  private final double q;
  private final double v;

  GammaGamma(double p, double q, double v, @Nullable FitReport report) {
    super(NAME, NAMES, new double[] {p, q, v}, report);
    this.p = p;
    this.q = q;
    this.v = v;
  }

  /**
   * @param p shape of the transaction values
   * @param q shape of the scale distribution
   * @param v scale of the scale distribution (γ, in money units)
   * @return the model
   * @throws IllegalArgumentException if a parameter is not finite and positive
   */
  public static GammaGamma of(double p, double q, double v) {
    return new GammaGamma(p, q, v, null);
  }

  /** A maximum-likelihood fitter (rows with frequency 0 are ignored). */
  public static ModelFitter<GammaGamma> fitter() {
    return new ModelFitter<>(GammaGamma::fit, FitOptions.defaults());
  }

  /** The shape p. */
  public double p() {
    return p;
  }

  /** The shape q. */
  public double q() {
    return q;
  }

  /** The scale v (γ). */
  public double v() {
    return v;
  }

  /**
   * The expected value of a future transaction given the history: (v p + p x m) / (p x + q - 1);
   * for x = 0 the population mean v p / (q - 1).
   *
   * @param x repeat frequency
   * @param meanSpend mean value of the repeat transactions (ignored when x = 0)
   * @return the expected value
   * @throws IllegalStateException if x = 0 and q &lt;= 1 (the population mean is infinite)
   */
  public double expectedSpend(double x, double meanSpend) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new InvalidDataException("frequency", "a finite number >= 0", Double.toString(x));
    }
    if (x == 0) {
      return expectedSpend();
    }
    if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
      throw new InvalidDataException(
          "monetary_value", "a finite number >= 0", Double.toString(meanSpend));
    }
    double px = p * x;
    return (v * p + px * meanSpend) / (px + q - 1);
  }

  /**
   * The population mean value of a transaction, v p / (q - 1).
   *
   * @return the mean
   * @throws IllegalStateException if q &lt;= 1 (the mean is infinite)
   */
  public double expectedSpend() {
    if (!(q > 1)) {
      throw new IllegalStateException("mean spend is infinite: q must be > 1, was " + q);
    }
    return v * p / (q - 1);
  }

  static GammaGamma fit(CustomerSummaries data, FitOptions options) {
    if (!data.hasMonetary()) {
      throw new IllegalStateException("the summaries have no monetary values");
    }
    int n = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency[i] > 0) {
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalStateException("no customer with a repeat purchase to fit spend on");
    }
    double[] x = new double[n];
    double[] m = new double[n];
    double[] w = new double[n];
    double total = 0;
    double customers = 0;
    int k = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.frequency[i] > 0) {
        double mi = data.monetary(i);
        if (!(mi > 0)) {
          throw CustomerSummaries.bad(
              "monetary_value", i, "> 0 for a customer with frequency > 0", mi);
        }
        x[k] = data.frequency[i];
        m[k] = mi;
        w[k] = data.weight(i);
        total += w[k] * mi;
        customers += w[k];
        k++;
      }
    }
    double scale = total / customers;
    for (int i = 0; i < n; i++) {
      m[i] /= scale;
    }
    Mle.LogLikelihood ll =
        (theta, gradient) -> {
          return logLikelihood(x, m, w, theta, gradient);
        };
    double[][] starts = {{1, 1, 1}, {5, 3, 2}, {0.5, 2, 0.5}};
    Mle.Outcome o = Mle.fit(NAMES, starts, ll, customers, options);
    double[] th = o.theta();
    double logL = ll.value(th, null) - customers * Math.log(scale);
    FitReport report =
        Fits.report(
            o,
            NAMES,
            new double[] {th[0], th[1], th[2] * scale},
            logL,
            customers,
            n,
            options,
            CompressedRows.fingerprint(data));
    return new GammaGamma(th[0], th[1], th[2] * scale, report);
  }

  static double logLikelihood(
      double[] x, double[] m, double[] w, double[] theta, double @Nullable [] g) {
    double p = theta[0];
    double q = theta[1];
    double v = theta[2];
    double lgq = logGamma(q);
    double lv = Math.log(v);
    double psq = g == null ? 0 : digamma(q);
    double total = 0;
    double gp = 0;
    double gq = 0;
    double gv = 0;
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      double lm = Math.log(m[i]);
      double lx = Math.log(x[i]);
      double den = x[i] * m[i] + v;
      double lden = Math.log(den);
      double ll =
          logGamma(px + q)
              - logGamma(px)
              - lgq
              + q * lv
              + (px - 1) * lm
              + px * lx
              - (px + q) * lden;
      total += w[i] * ll;
      if (g != null) {
        double ps = digamma(px + q);
        gp += w[i] * x[i] * (ps - digamma(px) + lm + lx - lden);
        gq += w[i] * (ps - psq + lv - lden);
        gv += w[i] * (q / v - (px + q) / den);
      }
    }
    if (g != null) {
      g[0] = gp;
      g[1] = gq;
      g[2] = gv;
    }
    return total;
  }
}
