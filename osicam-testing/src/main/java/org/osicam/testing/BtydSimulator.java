package org.osicam.testing;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded simulation of customer bases under the "buy till you die" models, for tests and
 * benchmarks: each customer's repeat frequency, recency and age (T) are drawn from the model's
 * generative story. Same parameters and seed give the same data.
 *
 * <pre>{@code
 * BtydSimulator.Histories h = BtydSimulator.bgNbd(0.24, 4.4, 0.79, 2.43, ages, 42L);
 * }</pre>
 */
public final class BtydSimulator {
  private BtydSimulator() {}

  /**
   * Simulated histories, one per customer; times in the unit of the ages.
   *
   * @param frequency repeat purchases (x)
   * @param recency time of the last purchase since the first (t_x)
   * @param age observation time since the first purchase (T)
   */
  public record Histories(double[] frequency, double[] recency, double[] age) {
    /** Checks the lengths. */
    public Histories {
      Objects.requireNonNull(frequency, "frequency");
      Objects.requireNonNull(recency, "recency");
      Objects.requireNonNull(age, "age");
      if (frequency.length != recency.length || recency.length != age.length) {
        throw new IllegalArgumentException("columns differ in length");
      }
    }

    /** The number of customers. */
    public int size() {
      return frequency.length;
    }
  }

  /**
   * BG/NBD: purchase rate λ ~ Gamma(r, rate α), drop-out probability p ~ Beta(a, b) after each
   * purchase.
   *
   * @param r shape of λ
   * @param alpha rate of λ
   * @param a first shape of p
   * @param b second shape of p
   * @param ages observation length T of each customer
   * @param seed the seed
   * @return the histories
   */
  public static Histories bgNbd(
      double r, double alpha, double a, double b, double[] ages, long seed) {
    return simulate(ages, seed, false, r, alpha, a, b);
  }

  /**
   * Pareto/NBD: purchase rate λ ~ Gamma(r, rate α), exponential lifetime with rate μ ~ Gamma(s,
   * rate β).
   *
   * @param r shape of λ
   * @param alpha rate of λ
   * @param s shape of μ
   * @param beta rate of μ
   * @param ages observation length T of each customer
   * @param seed the seed
   * @return the histories
   */
  public static Histories paretoNbd(
      double r, double alpha, double s, double beta, double[] ages, long seed) {
    return simulate(ages, seed, true, r, alpha, s, beta);
  }

  /**
   * Rounds the times of simulated histories down to a grid (for example 1/7 for whole days in
   * weeks), as summaries built from dated transactions are.
   *
   * @param h histories
   * @param step the grid step
   * @return histories on the grid
   */
  public static Histories discretize(Histories h, double step) {
    int n = h.size();
    double[] tx = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = Math.floor(h.age()[i] / step) * step;
      tx[i] = Math.min(t[i], Math.floor(h.recency()[i] / step) * step);
    }
    return new Histories(h.frequency().clone(), tx, t);
  }

  private static Histories simulate(
      double[] ages, long seed, boolean pareto, double r, double alpha, double c, double d) {
    Objects.requireNonNull(ages, "ages");
    SplittableRandom random = new SplittableRandom(seed);
    int n = ages.length;
    double[] x = new double[n];
    double[] tx = new double[n];
    double[] t = ages.clone();
    for (int i = 0; i < n; i++) {
      SplittableRandom rnd = random.split();
      double lambda = gamma(rnd, r) / alpha;
      double end = t[i];
      double time = 0;
      int count = 0;
      double last = 0;
      if (pareto) {
        double mu = gamma(rnd, c) / d;
        double death = -Math.log(1 - rnd.nextDouble()) / mu;
        end = Math.min(end, death);
        while (true) {
          time += -Math.log(1 - rnd.nextDouble()) / lambda;
          if (time > end) {
            break;
          }
          count++;
          last = time;
        }
      } else {
        double ga = gamma(rnd, c);
        double p = ga / (ga + gamma(rnd, d));
        while (true) {
          time += -Math.log(1 - rnd.nextDouble()) / lambda;
          if (time > end) {
            break;
          }
          count++;
          last = time;
          if (rnd.nextDouble() < p) {
            break;
          }
        }
      }
      x[i] = count;
      tx[i] = last;
    }
    return new Histories(x, tx, t);
  }

  /** Gamma(shape, 1), with the sampler of {@link SyntheticPopulation}. */
  private static double gamma(SplittableRandom rnd, double shape) {
    return SyntheticPopulation.gamma(rnd, shape, 1);
  }
}
