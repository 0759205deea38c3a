package org.osicam.core.consolidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.SourceKey;

/**
 * Turns comparison levels into Fellegi-Sunter weights: {@code log2(m/u)} per attribute (0 when a
 * value is missing), plus the prior weight; exact agreement on a term-frequency attribute uses the
 * frequency of the shared value as {@code u}, shrunk towards the attribute's exact-agreement {@code
 * u} by {@link Priors#TF_RECORDS} pseudo-records. Immutable after construction; thread-safe.
 */
final class Scorer {
  static final double LOG2 = Math.log(2);

  private final MatchModel model;
  private final boolean[] active = new boolean[Attribute.ALL.length];
  private final double[][] weight = new double[Attribute.ALL.length][];
  private final double[] exactM = new double[Attribute.ALL.length];
  private final double[] exactU = new double[Attribute.ALL.length];
  private final double priorWeight;
  private final @Nullable List<@Nullable Map<String, Integer>> frequencies;
  private final int[] nonMissing;

  /**
   * @param model m and u of every level of every active attribute
   * @param frequencies per attribute ordinal, value counts for term-frequency attributes, or null
   * @param nonMissing per attribute ordinal, number of records with a value
   */
  Scorer(
      MatchModel model,
      @Nullable List<@Nullable Map<String, Integer>> frequencies,
      int[] nonMissing) {
    this.model = model;
    this.priorWeight = model.priorWeight();
    this.frequencies = frequencies;
    this.nonMissing = nonMissing.clone();
    for (Attribute a : Attribute.ALL) {
      weight[a.ordinal()] = new double[a.levelCount()];
    }
    for (LevelWeight lw : model.levels()) {
      Attribute a = Attribute.ofKey(lw.attribute());
      if (lw.level() >= a.levelCount()) {
        throw new IllegalArgumentException(
            "level must be < " + a.levelCount() + " for " + a.key() + ", was " + lw.level());
      }
      active[a.ordinal()] = true;
      weight[a.ordinal()][lw.level()] = lw.weight();
      if (lw.level() == 1) {
        exactM[a.ordinal()] = lw.m();
        exactU[a.ordinal()] = lw.u();
      }
    }
  }

  MatchModel model() {
    return model;
  }

  double priorWeight() {
    return priorWeight;
  }

  /** The weight of a level of an attribute (0 for an inactive attribute). */
  double levelWeight(Attribute a, int level) {
    return weight[a.ordinal()][level];
  }

  boolean active(Attribute a) {
    return active[a.ordinal()];
  }

  /** Total weight of a pair; {@code levels} receives the comparison levels. */
  double score(Person a, Person b, byte[] levels) {
    PairComparator.compare(a, b, levels);
    return weight(levels, a);
  }

  /** Total weight of comparison levels; {@code a} gives the values of exact agreements. */
  double weight(byte[] levels, Person a) {
    double total = priorWeight;
    for (int i = 0; i < levels.length; i++) {
      if (active[i]) {
        int level = levels[i];
        if (level == 1 && frequencies != null && frequencies.get(i) != null) {
          total += termWeight(i, value(Attribute.ALL[i], a));
        } else {
          total += weight[i][level];
        }
      }
    }
    return total;
  }

  /** Total weight of a packed pattern (see {@link Estimator#pattern}). */
  double weight(long pattern, Person a) {
    double total = priorWeight;
    for (int i = 0; i < Attribute.ALL.length; i++) {
      if (active[i]) {
        int level = (int) ((pattern >>> (4 * i)) & 0xF);
        if (level == 1 && frequencies != null && frequencies.get(i) != null) {
          total += termWeight(i, value(Attribute.ALL[i], a));
        } else {
          total += weight[i][level];
        }
      }
    }
    return total;
  }

  /**
   * Removes an erased person's values from the term-frequency counts (erasure reaches them too).
   * Not thread-safe: the caller holds its lock.
   */
  void forget(Person p) {
    if (frequencies == null) {
      return;
    }
    for (Attribute a : Attribute.ALL) {
      Map<String, Integer> f = frequencies.get(a.ordinal());
      String v = value(a, p);
      if (f != null && v != null) {
        f.computeIfPresent(v, (k, c) -> c <= 1 ? null : c - 1);
      }
    }
  }

  private double termWeight(int attribute, @Nullable String value) {
    Map<String, Integer> f = frequencies == null ? null : frequencies.get(attribute);
    Integer count = f == null || value == null ? null : f.get(value);
    if (count == null || nonMissing[attribute] == 0) {
      return weight[attribute][1];
    }
    // the value's share of the records, shrunk towards the attribute's u of exact agreement
    // (worth Priors.TF_RECORDS records): in three records a shared name is not a common name
    double u =
        (Math.max(count, 1) + Priors.TF_RECORDS * exactU[attribute])
            / (nonMissing[attribute] + Priors.TF_RECORDS);
    return Math.log(exactM[attribute] / u) / LOG2;
  }

  /** The value a term-frequency attribute agrees on (for names, the given side's own value). */
  static @Nullable String value(Attribute attribute, Person p) {
    switch (attribute) {
      case GIVEN_NAME:
        return p.given;
      case FAMILY_NAME:
        return p.family;
      case CITY:
        return p.city;
      default:
        return null;
    }
  }

  /** Probability from a total weight. */
  static double probability(double totalWeight) {
    double odds = Math.pow(2, totalWeight);
    return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
  }

  /** Weight from a probability. */
  static double weightOf(double probability) {
    return Math.log(probability / (1 - probability)) / LOG2;
  }

  Explanation explain(SourceKey left, Person a, SourceKey right, Person b) {
    byte[] levels = new byte[Attribute.ALL.length];
    double total = score(a, b, levels);
    List<AttributeComparison> parts = new ArrayList<>();
    for (Attribute attr : Attribute.ALL) {
      int i = attr.ordinal();
      if (!active[i]) {
        continue;
      }
      int level = levels[i];
      boolean tf = level == 1 && frequencies != null && frequencies.get(i) != null;
      double w = tf ? termWeight(i, value(attr, a)) : weight[i][level];
      parts.add(new AttributeComparison(attr.key(), level, attr.levelName(level), w, tf));
    }
    return new Explanation(left, right, priorWeight, parts, total, probability(total));
  }

  /** Builds value counts of the term-frequency attributes. */
  static List<@Nullable Map<String, Integer>> countFrequencies(Person[] persons) {
    List<@Nullable Map<String, Integer>> out = new ArrayList<>();
    for (Attribute a : Attribute.ALL) {
      if (!a.termFrequency()) {
        out.add(null);
        continue;
      }
      Map<String, Integer> counts = new HashMap<>();
      for (Person p : persons) {
        String v = value(a, p);
        if (v != null) {
          counts.merge(v, 1, Integer::sum);
        }
      }
      out.add(counts);
    }
    return out;
  }
}
