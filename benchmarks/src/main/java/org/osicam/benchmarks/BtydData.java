package org.osicam.benchmarks;

import java.util.SplittableRandom;
import org.osicam.scoring.clv.CustomerSummaries;
import org.osicam.testing.BtydSimulator;

/** Seeded customer bases for the customer-base benchmarks: weekly times on a daily grid. */
final class BtydData {
  private BtydData() {}

  static double[] ages(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = (1 + rnd.nextInt(364)) / 7.0; // first purchases spread over a year
    }
    return ages;
  }

  /** BG/NBD customers with CDNOW-like parameters. */
  static CustomerSummaries bgNbd(int n) {
    BtydSimulator.Histories h =
        BtydSimulator.discretize(
            BtydSimulator.bgNbd(0.243, 4.414, 0.793, 2.426, ages(n, 1), 42L), 1 / 7.0);
    return CustomerSummaries.of(h.frequency(), h.recency(), h.age());
  }

  /** Pareto/NBD customers with CDNOW-like parameters and spend. */
  static CustomerSummaries paretoNbd(int n) {
    BtydSimulator.Histories h =
        BtydSimulator.discretize(
            BtydSimulator.paretoNbd(0.553, 10.578, 0.606, 11.669, ages(n, 2), 43L), 1 / 7.0);
    SplittableRandom rnd = new SplittableRandom(44L);
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      m[i] = h.frequency()[i] > 0 ? 5 + 60 * rnd.nextDouble() : 0;
    }
    return CustomerSummaries.builder()
        .columns(h.frequency(), h.recency(), h.age())
        .monetary(m)
        .build();
  }
}
