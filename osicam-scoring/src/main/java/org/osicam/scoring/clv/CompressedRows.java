package org.osicam.scoring.clv;

import org.jspecify.annotations.Nullable;

/**
 * Distinct (x, t_x, T) rows with their weights, time divided by a scale, and the distinct values of
 * x, T and t_x so that per-value terms are computed once per likelihood evaluation.
 */
final class CompressedRows {
  final int n;
  final double customers;
  final double scale;
  final double[] x;
  final double[] tx;
  final double[] t;
  final double[] w;
  final double[] xs;
  final int[] xi;
  final double[] ts;
  final int[] ti;
  final double[] txs;
  final int[] txi;
  final String fingerprint;

  private CompressedRows(
      double[] x, double[] tx, double[] t, double[] w, double scale, String fingerprint) {
    this.n = x.length;
    this.x = x;
    this.tx = tx;
    this.t = t;
    this.w = w;
    this.scale = scale;
    this.fingerprint = fingerprint;
    double c = 0;
    for (double v : w) {
      c += v;
    }
    this.customers = c;
    Dedup dx = Dedup.of(x);
    this.xs = dx.values(x);
    this.xi = dx.index;
    Dedup dt = Dedup.of(t);
    this.ts = dt.values(t);
    this.ti = dt.index;
    Dedup dtx = Dedup.of(tx);
    this.txs = dtx.values(tx);
    this.txi = dtx.index;
  }

  /** Compresses the rows; with {@code scaleTime} times are divided by max(T). */
  static CompressedRows of(CustomerSummaries data, boolean scaleTime) {
    int rows = data.size();
    if (rows == 0) {
      throw new IllegalStateException("no customers to fit");
    }
    Dedup d = Dedup.of(data.frequency, data.recency, data.age);
    double[] w = d.sum(data.weight);
    double max = 0;
    for (double v : data.age) {
      max = Math.max(max, v);
    }
    double scale = scaleTime && max > 0 ? max : 1;
    double[] x = d.values(data.frequency);
    double[] tx = d.values(data.recency);
    double[] t = d.values(data.age);
    for (int j = 0; j < t.length; j++) {
      tx[j] /= scale;
      t[j] /= scale;
    }
    return new CompressedRows(x, tx, t, w, scale, fingerprint(data));
  }

  /** Every {@code stride}-th distinct row, for a quick fit whose estimate starts the full fit. */
  CompressedRows subsample(int stride) {
    int m = (n + stride - 1) / stride;
    double[] sx = new double[m];
    double[] stx = new double[m];
    double[] st = new double[m];
    double[] sw = new double[m];
    for (int j = 0; j < m; j++) {
      int i = j * stride;
      sx[j] = x[i];
      stx[j] = tx[i];
      st[j] = t[i];
      sw[j] = w[i];
    }
    return new CompressedRows(sx, stx, st, sw, scale, fingerprint);
  }

  /** Rows above which a fit first runs on a subsample to find its starting point. */
  static final int WARM_START_ROWS = 40_000;

  /** Starting points, the first with an initial inverse Hessian when it comes from a subsample. */
  record Starts(double[][] points, double @Nullable [][] inverseHessian) {}

  /**
   * The starting points of a fit: the default ones, preceded by the estimate on a subsample (with
   * its curvature) when there are many rows.
   */
  Starts starts(double[][] defaults, java.util.function.Function<CompressedRows, Mle.Outcome> fit) {
    if (n <= WARM_START_ROWS) {
      return new Starts(defaults, null);
    }
    Mle.Outcome warm = fit.apply(subsample((n + WARM_START_ROWS / 2 - 1) / (WARM_START_ROWS / 2)));
    if (!warm.converged()) {
      return new Starts(defaults, null);
    }
    double[][] all = new double[defaults.length + 1][];
    all[0] = warm.theta();
    System.arraycopy(defaults, 0, all, 1, defaults.length);
    double @Nullable [][] h = warm.inverseHessian();
    boolean usable = h != null;
    for (double[] row : h != null ? h : new double[0][]) {
      for (double v : row) {
        usable &= Double.isFinite(v);
      }
    }
    return new Starts(all, usable ? h : null);
  }

  /** A fitted estimate in the data's time unit with its report. */
  record Fitted(double[] theta, FitReport report) {}

  /**
   * Fits a continuous-time model on summaries: compress, warm start on a subsample, fit, and bring
   * the time-scaled parameters and the log-likelihood back to the data's time unit.
   *
   * @param scaled whether each parameter is a time scale (multiplied by the time scale)
   */
  static Fitted fitContinuous(
      CustomerSummaries data,
      FitOptions options,
      String[] names,
      double[][] defaults,
      boolean[] scaled,
      java.util.function.Function<CompressedRows, Mle.LogLikelihood> likelihood) {
    CompressedRows rows = of(data, true);
    Mle.LogLikelihood ll = likelihood.apply(rows);
    Starts starts =
        rows.starts(
            defaults,
            sub -> Mle.warmUp(names, defaults, likelihood.apply(sub), sub.customers, options));
    Mle.Outcome o =
        Mle.fit(names, starts.points(), starts.inverseHessian(), ll, rows.customers, options);
    double[] th = o.theta();
    double repeat = 0;
    for (int i = 0; i < rows.n; i++) {
      repeat += rows.w[i] * rows.x[i];
    }
    // each repeat purchase contributes one time density: L(scaled) = L(original) * scale^x
    double logL = ll.value(th, null) - Math.log(rows.scale) * repeat;
    double[] fin = th.clone();
    for (int i = 0; i < fin.length; i++) {
      if (scaled[i]) {
        fin[i] *= rows.scale;
      }
    }
    FitReport report =
        Fits.report(o, names, fin, logL, rows.customers, rows.n, options, rows.fingerprint);
    return new Fitted(fin, report);
  }

  static String fingerprint(CustomerSummaries data) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < data.size(); i++) {
      h = mix(h, Double.doubleToLongBits(data.frequency[i]));
      h = mix(h, Double.doubleToLongBits(data.recency[i]));
      h = mix(h, Double.doubleToLongBits(data.age[i]));
      h = mix(h, Double.doubleToLongBits(data.weight(i)));
      h = mix(h, Double.doubleToLongBits(data.monetary(i)));
    }
    return String.format("%016x", h);
  }

  private static long mix(long h, long v) {
    return (h ^ v) * 0x100000001b3L + (v >>> 31);
  }
}
