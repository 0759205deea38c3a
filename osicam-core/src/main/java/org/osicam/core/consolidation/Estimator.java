package org.osicam.core.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates the Fellegi-Sunter model without labels.
 *
 * <ul>
 *   <li>u: level frequencies over random pairs (all pairs when there are fewer than asked), with
 *       add-one smoothing so that no level has u = 0. Random pairs are almost all non-matches.
 *   <li>m and the match share lambda: expectation-maximisation of the two-class mixture over the
 *       candidate pairs, counted by comparison pattern (levels of every attribute), missing values
 *       contributing nothing (Fellegi and Sunter 1969; Winkler 1988; Enamorado, Fifield and Imai
 *       2019). u is re-estimated inside EM for the candidate population but the final weights use
 *       the random-pair u.
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
        u[a.ordinal()][l] = (c[l] + 1.0) / (total + c.length - 1.0);
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

  /** Accumulates candidate patterns. */
  static final class Patterns {
    final Map<Long, long[]> counts = new HashMap<>();

    void add(long pattern) {
      counts.computeIfAbsent(pattern, k -> new long[1])[0]++;
    }

    void addAll(Patterns other) {
      other.counts.forEach((k, v) -> counts.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
    }
  }

  /** The fitted model. */
  static MatchModel fit(
      Patterns patterns,
      double[][] randomU,
      boolean[] active,
      long candidates,
      long records,
      int iterations) {
    double[] lambdaOut = new double[1];
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
    return new MatchModel(prior, levels);
  }

  /** EM of the two-class mixture; returns m, and lambda in {@code lambdaOut[0]}. */
  private static double[][] em(
      Patterns patterns, double[][] randomU, boolean[] active, int iterations, double[] lambdaOut) {
    int attrs = Attribute.ALL.length;
    double[][] m = new double[attrs][];
    double[][] u = new double[attrs][];
    for (Attribute a : Attribute.ALL) {
      int i = a.ordinal();
      int levels = a.levelCount();
      m[i] = new double[levels];
      u[i] = randomU[i].clone();
      // start: matches mostly agree exactly, and the rest spreads over the other levels
      m[i][1] = 0.8;
      for (int l = 2; l < levels; l++) {
        m[i][l] = 0.2 / (levels - 2);
      }
    }
    double lambda = 0.1;
    List<long[]> keys = new ArrayList<>();
    List<Long> pats = new ArrayList<>();
    patterns.counts.forEach(
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
          change = Math.max(change, normalise(mAcc[i], m[i]));
          normalise(uAcc[i], u[i]);
        }
        if (change < 1e-7) {
          break;
        }
      }
    }
    lambdaOut[0] = lambda;
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
    long[] pattern = new long[all.counts.size()];
    double[] ratio = new double[pattern.length];
    double[] count = new double[pattern.length];
    int k = 0;
    for (Map.Entry<Long, long[]> e : new java.util.TreeMap<>(all.counts).entrySet()) {
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

  /** Normalises counts over levels 1.. into probabilities; returns the largest change. */
  private static double normalise(double[] acc, double[] into) {
    double sum = 0;
    for (int l = 1; l < acc.length; l++) {
      sum += acc[l];
    }
    if (sum <= 0) {
      return 0;
    }
    double change = 0;
    for (int l = 1; l < acc.length; l++) {
      double v = Math.max(acc[l] / sum, FLOOR);
      change = Math.max(change, Math.abs(v - into[l]));
      into[l] = v;
    }
    return change;
  }
}
