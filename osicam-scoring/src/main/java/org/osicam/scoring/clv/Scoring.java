package org.osicam.scoring.clv;

import org.jspecify.annotations.Nullable;

/** Batch scoring shared by the transaction models: work once per distinct history. */
final class Scoring {
  private Scoring() {}

  static Scores score(
      TransactionModel model,
      CustomerSummaries data,
      double horizon,
      @Nullable GammaGamma spend,
      double discountRate) {
    if (!(horizon >= 0) || Double.isInfinite(horizon)) {
      throw new IllegalArgumentException("horizon must be finite and >= 0, was " + horizon);
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new IllegalArgumentException(
          "discountRate must be finite and >= 0, was " + discountRate);
    }
    int n = data.size();
    double[] x = data.frequency;
    double[] tx = data.recency;
    double[] age = data.age;
    Dedup rows = Dedup.of(x, tx, age);
    double[] alive = new double[rows.count];
    for (int j = 0; j < rows.count; j++) {
      int f = rows.first[j];
      alive[j] = model.probabilityAlive(x[f], tx[f], age[f]);
    }
    Dedup pairs = Dedup.of(x, age);
    double[] growth = new double[pairs.count];
    double @Nullable [] discounted = spend == null ? null : new double[pairs.count];
    int steps = (int) Math.ceil(horizon);
    for (int j = 0; j < pairs.count; j++) {
      int f = pairs.first[j];
      growth[j] = model.expectedPurchasesIfAlive(horizon, x[f], age[f]);
      if (discounted != null) {
        if (discountRate == 0 || steps <= 1) {
          discounted[j] = growth[j] / (steps <= 1 && discountRate > 0 ? 1 + discountRate : 1);
        } else {
          double previous = 0;
          double sum = 0;
          double factor = 1;
          for (int k = 1; k <= steps; k++) {
            double at = k == steps ? horizon : k;
            double g = k == steps ? growth[j] : model.expectedPurchasesIfAlive(at, x[f], age[f]);
            factor /= 1 + discountRate;
            sum += (g - previous) * factor;
            previous = g;
          }
          discounted[j] = sum;
        }
      }
    }
    double[] pAlive = new double[n];
    double[] expected = new double[n];
    double @Nullable [] value = spend == null ? null : new double[n];
    double @Nullable [] clv = spend == null ? null : new double[n];
    for (int i = 0; i < n; i++) {
      double p = alive[rows.index[i]];
      pAlive[i] = p;
      expected[i] = p * growth[pairs.index[i]];
      if (spend != null && value != null && clv != null && discounted != null) {
        double m =
            x[i] == 0 && !(spend.q() > 1)
                ? Double.NaN
                : spend.expectedSpend(x[i], data.monetary(i));
        value[i] = m;
        clv[i] = p * m * discounted[pairs.index[i]];
      }
    }
    return new Scores(pAlive, expected, value, clv);
  }

  static double[] tracking(TransactionModel model, double[] first, double[] times) {
    double[] out = new double[times.length];
    Dedup d = Dedup.of(first);
    double[] starts = d.values(first);
    double[] counts = d.sum(null);
    for (int k = 0; k < times.length; k++) {
      double s = 0;
      for (int j = 0; j < starts.length; j++) {
        double u = times[k] - starts[j];
        if (u > 0) {
          s += counts[j] * model.expectedPurchases(u);
        }
      }
      out[k] = s;
    }
    return out;
  }
}
