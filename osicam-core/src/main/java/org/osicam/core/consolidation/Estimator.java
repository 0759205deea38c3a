package org.osicam.core.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates the Fellegi-Sunter model without labels.
 *
 * <ul>
 *   <li>u: level frequencies over random pairs (all pairs when there are fewer than asked), as the
 *       posterior mean under the default u of {@link Priors} worth {@link Priors#U_PAIRS} pairs.
 *       Random pairs are almost all non-matches.
 *   <li>m and the match share lambda: expectation-maximisation of the two-class mixture over the
 *       candidate pairs, counted by comparison pattern (levels of every attribute), missing values
 *       contributing nothing (Fellegi and Sunter 1969; Winkler 1988; Enamorado, Fifield and Imai
 *       2019). EM starts from the default m and maximises the posterior (MAP), the default m worth
 *       {@link Priors#M_PAIRS} matched pairs: a few candidate pairs cannot push m to 0 or 1. u is
 *       re-estimated inside EM for the candidate population but the final weights use the
 *       random-pair u.
 *   <li>The prior of a random pair is lambda times the number of candidates over all n(n-1)/2
 *       pairs.
 * </ul>
 */
final class Estimator {
  private Estimator() {}

  private static final double FLOOR = 1e-6;

  /** u[attribute][level] from random pairs. */
  static double[][] randomPairU(Person[] persons, int pairs, long seed) {
    int n = persons.length;
    long[][] counts = new long[Attribute.ALL.length][];
    for (Attribute a : Attribute.ALL) {
      counts[a.ordinal()] = new long[a.levelCount()];
    }
    byte[] levels = new byte[Attribute.ALL.length];
    long all = (long) n * (n - 1) / 2;
    if (n >= 2 && all <= pairs) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          PairComparator.compare(persons[i], persons[j], levels);
          count(levels, counts);
        }
      }
    } else if (n >= 2) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int k = 0; k < pairs; k++) {
        int i = random.nextInt(n);
        int j = random.nextInt(n - 1);
        if (j >= i) {
          j++;
        }
        PairComparator.compare(persons[i], persons[j], levels);
        count(levels, counts);
      }
    }
    double[][] u = new double[Attribute.ALL.length][];
    for (Attribute a : Attribute.ALL) {
      long[] c = counts[a.ordinal()];
      long total = 0;
      for (int l = 1; l < c.length; l++) {
        total += c[l];
      }
      u[a.ordinal()] = new double[c.length];
      for (int l = 1; l < c.length; l++) {
        u[a.ordinal()][l] = (c[l] + Priors.U_PAIRS * Priors.u(a, l)) / (total + Priors.U_PAIRS);
      }
    }
    return u;
  }

  private static void count(byte[] levels, long[][] counts) {
    for (int a = 0; a < levels.length; a++) {
      counts[a][levels[a]]++;
    }
  }

  /** Pattern key: 4 bits per attribute. */
  static long pattern(byte[] levels) {
    long p = 0;
    for (int a = 0; a < levels.length; a++) {
      p |= (long) levels[a] << (4 * a);
    }
    return p;
  }

  /** Accumulates candidate patterns: an open-addressing count table, no boxing per pair. */
  static final class Patterns {
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;

    void add(long pattern) {
      addCount(pattern, 1);
    }

    void addAll(Patterns other) {
      for (int i = 0; i < other.keys.length; i++) {
        if (other.values[i] > 0) {
          addCount(other.keys[i], other.values[i]);
        }
      }
    }

    private void addCount(long pattern, long count) {
      int mask = keys.length - 1;
      int i = (int) (pattern * 0x9E3779B97F4A7C15L >>> 32) & mask;
      while (values[i] > 0 && keys[i] != pattern) {
        i = (i + 1) & mask;
      }
      if (values[i] == 0) {
        keys[i] = pattern;
        if (++size * 2 > keys.length) {
          values[i] = count;
          grow();
          return;
        }
      }
      values[i] += count;
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] > 0) {
          addCount(oldKeys[i], oldValues[i]);
        }
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Pattern to count, in pattern order. */
    Map<Long, long[]> counts() {
      Map<Long, long[]> out = new java.util.TreeMap<>();
      for (int i = 0; i < keys.length; i++) {
        if (values[i] > 0) {
          out.put(keys[i], new long[] {values[i]});
        }
      }
      return out;
    }
  }

  /**
   * A fitted model and what it was fitted on (counts only).
   *
   * @param model the model
   * @param trainingPairs the candidate pairs EM saw
   * @param expectedMatches the pairs EM counted as matches (the data's weight against {@link
   *     Priors#M_PAIRS})
   */
  record Estimate(MatchModel model, double trainingPairs, double expectedMatches) {}

  /** The fitted model. */
  static Estimate fit(
      Patterns patterns,
      double[][] randomU,
      boolean[] active,
      long candidates,
      long records,
      int iterations) {
    double[] lambdaOut = new double[2];
    double[][] m = em(patterns, randomU, active, iterations, lambdaOut);
    double lambda = lambdaOut[0];
    List<LevelWeight> levels = new ArrayList<>();
    for (Attribute a : Attribute.ALL) {
      int i = a.ordinal();
      if (!active[i]) {
        continue;
      }
      for (int l = 1; l < a.levelCount(); l++) {
        levels.add(
            new LevelWeight(
                a.key(),
                l,
                a.levelName(l),
                Math.min(Math.max(m[i][l], FLOOR), 1),
                Math.min(Math.max(randomU[i][l], FLOOR), 1)));
      }
    }
    double all = records * (records - 1) / 2.0;
    double prior = all > 0 ? lambda * candidates / all : 0.5;
    prior = Math.min(Math.max(prior, 1e-12), 0.5);
    return new Estimate(new MatchModel(prior, levels), lambdaOut[1], lambda * lambdaOut[1]);
  }

  /**
   * EM of the two-class mixture (MAP under the default m and the random-pair u); returns m, lambda
   * in {@code lambdaOut[0]} and the number of pairs in {@code lambdaOut[1]}.
   */
  private static double[][] em(
      Patterns patterns, double[][] randomU, boolean[] active, int iterations, double[] lambdaOut) {
    int attrs = Attribute.ALL.length;
    double[][] m = new double[attrs][];
    double[][] u = new double[attrs][];
    double[][] mPrior = new double[attrs][];
    double[][] uPrior = new double[attrs][];
    for (Attribute a : Attribute.ALL) {
      int i = a.ordinal();
      int levels = a.levelCount();
      m[i] = new double[levels];
      u[i] = randomU[i].clone();
      mPrior[i] = new double[levels];
      uPrior[i] = new double[levels];
      // start at the default m: matches mostly agree exactly, and rarely clearly disagree
      for (int l = 1; l < levels; l++) {
        m[i][l] = Priors.m(a, l);
        mPrior[i][l] = Priors.M_PAIRS * m[i][l];
        uPrior[i][l] = Priors.U_PAIRS * u[i][l];
      }
    }
    double lambda = 0.1;
    List<long[]> keys = new ArrayList<>();
    List<Long> pats = new ArrayList<>();
    patterns
        .counts()
        .forEach(
            (k, v) -> {
              pats.add(k);
              keys.add(v);
            });
    int np = pats.size();
    long[] pattern = new long[np];
    double[] count = new double[np];
    for (int k = 0; k < np; k++) {
      pattern[k] = pats.get(k);
      count[k] = keys.get(k)[0];
    }
    // a deterministic order whatever the hash map's iteration order
    Integer[] order = new Integer[np];
    for (int k = 0; k < np; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> Long.compare(pattern[x], pattern[y]));
    double total = 0;
    for (double c : count) {
      total += c;
    }
    if (total > 0) {
      for (int it = 0; it < iterations; it++) {
        double[][] mAcc = new double[attrs][];
        double[][] uAcc = new double[attrs][];
        for (Attribute a : Attribute.ALL) {
          mAcc[a.ordinal()] = new double[a.levelCount()];
          uAcc[a.ordinal()] = new double[a.levelCount()];
        }
        double matches = 0;
        for (Integer kk : order) {
          int k = kk;
          double pm = lambda;
          double pu = 1 - lambda;
          for (int i = 0; i < attrs; i++) {
            int l = (int) ((pattern[k] >>> (4 * i)) & 0xF);
            if (active[i] && l != 0) {
              pm *= m[i][l];
              pu *= u[i][l];
            }
          }
          double g = pm + pu > 0 ? pm / (pm + pu) : 0;
          double cm = count[k] * g;
          double cu = count[k] - cm;
          matches += cm;
          for (int i = 0; i < attrs; i++) {
            int l = (int) ((pattern[k] >>> (4 * i)) & 0xF);
            mAcc[i][l] += cm;
            uAcc[i][l] += cu;
          }
        }
        double change = Math.abs(matches / total - lambda);
        lambda = Math.min(Math.max(matches / total, FLOOR), 1 - FLOOR);
        for (int i = 0; i < attrs; i++) {
          change = Math.max(change, normalise(mAcc[i], mPrior[i], m[i]));
          normalise(uAcc[i], uPrior[i], u[i]);
        }
        if (change < 1e-7) {
          break;
        }
      }
    }
    lambdaOut[0] = lambda;
    lambdaOut[1] = total;
    return m;
  }

  /**
   * Re-estimates the prior over all candidate pairs with m and u fixed (EM on lambda alone): the
   * training rules see most matches but not all, and the prior must count the matches that only the
   * loose rules find.
   */
  static MatchModel withPrior(MatchModel model, Patterns all, long candidates, long records) {
    int attrs = Attribute.ALL.length;
    double[][] m = new double[attrs][];
    double[][] u = new double[attrs][];
    boolean[] active = new boolean[attrs];
    for (Attribute a : Attribute.ALL) {
      m[a.ordinal()] = new double[a.levelCount()];
      u[a.ordinal()] = new double[a.levelCount()];
    }
    for (LevelWeight lw : model.levels()) {
      int i = Attribute.ofKey(lw.attribute()).ordinal();
      active[i] = true;
      m[i][lw.level()] = lw.m();
      u[i][lw.level()] = lw.u();
    }
    Map<Long, long[]> counts = all.counts();
    long[] pattern = new long[counts.size()];
    double[] ratio = new double[pattern.length];
    double[] count = new double[pattern.length];
    int k = 0;
    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
      pattern[k] = e.getKey();
      count[k] = e.getValue()[0];
      double r = 1;
      for (int i = 0; i < attrs; i++) {
        int l = (int) ((pattern[k] >>> (4 * i)) & 0xF);
        if (active[i] && l != 0) {
          r *= m[i][l] / u[i][l];
        }
      }
      ratio[k++] = r;
    }
    double total = 0;
    for (double c : count) {
      total += c;
    }
    if (total == 0) {
      return model;
    }
    double lambda = 0.1;
    for (int it = 0; it < 100; it++) {
      double matches = 0;
      for (int j = 0; j < k; j++) {
        double odds = lambda / (1 - lambda) * ratio[j];
        matches += count[j] * (Double.isInfinite(odds) ? 1 : odds / (1 + odds));
      }
      double next = Math.min(Math.max(matches / total, FLOOR), 1 - FLOOR);
      if (Math.abs(next - lambda) < 1e-9) {
        lambda = next;
        break;
      }
      lambda = next;
    }
    double pairs = records * (records - 1) / 2.0;
    double prior = Math.min(Math.max(lambda * candidates / pairs, 1e-12), 0.5);
    return new MatchModel(prior, model.levels());
  }

  /**
   * Normalises counts plus prior pseudo-counts over levels 1.. into probabilities; returns the
   * largest change.
   */
  private static double normalise(double[] acc, double[] prior, double[] into) {
    double sum = 0;
    for (int l = 1; l < acc.length; l++) {
      sum += acc[l] + prior[l];
    }
    if (sum <= 0) {
      return 0;
    }
    double change = 0;
    for (int l = 1; l < acc.length; l++) {
      double v = Math.max((acc[l] + prior[l]) / sum, FLOOR);
      change = Math.max(change, Math.abs(v - into[l]));
      into[l] = v;
    }
    return change;
  }
}
