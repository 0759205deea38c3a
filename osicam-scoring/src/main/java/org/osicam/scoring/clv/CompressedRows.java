package org.osicam.scoring.clv;

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
