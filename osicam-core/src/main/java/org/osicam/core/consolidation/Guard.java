package org.osicam.core.consolidation;

import java.util.function.IntFunction;

/**
 * The anti-chaining guard: may two groups of records become one customer? Not when a human said two
 * of them are different people, not when two of them clearly disagree on a conflict attribute, and,
 * when the result would hold more than two records, only if the mean match probability over all
 * cross pairs reaches the minimum support. At most 100 records of each side are checked.
 */
final class Guard {
  /** Whether a human said two records are different people. */
  interface CannotLink {
    boolean test(int a, int b);
  }

  static final int MAX_CROSS = 100;

  /**
   * A configured conflict attribute vetoes only when the model finds its disagreement strong
   * evidence: at most one match in 16 disagrees ({@code log2(m/u) <= -4}). Where the data say
   * matches often disagree on it (birth dates shifted on purpose, say), it is just a weight.
   */
  static final double CONFLICT_BITS = -4.0;

  private final IntFunction<Person> persons;
  private final Scorer scorer;
  private final int[] conflicts;
  private final double minimumSupport;
  private final double matchWeight;
  private final CannotLink cannotLink;
  private final byte[] levels = new byte[Attribute.ALL.length];

  Guard(
      IntFunction<Person> persons,
      Scorer scorer,
      ConsolidationConfig config,
      CannotLink cannotLink) {
    this.persons = persons;
    this.scorer = scorer;
    this.conflicts =
        config.conflictAttributes().stream()
            .map(Attribute::ofKey)
            .filter(scorer::active)
            .filter(a -> scorer.levelWeight(a, a.levelCount() - 1) <= CONFLICT_BITS)
            .mapToInt(Attribute::ordinal)
            .sorted()
            .toArray();
    this.minimumSupport = config.minimumSupport();
    this.matchWeight = Scorer.weightOf(config.matchThreshold());
    this.cannotLink = cannotLink;
  }

  /** Whether two records clearly disagree on a conflict attribute. */
  boolean conflict(Person a, Person b) {
    PairComparator.compare(a, b, levels);
    return conflicting();
  }

  private boolean conflicting() {
    for (int c : conflicts) {
      if (levels[c] == Attribute.ALL[c].levelCount() - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param a records of one group (the first {@code min(na, MAX_CROSS)} are read)
   * @param na the size of that group
   * @param b records of the other group (the first {@code min(nb, MAX_CROSS)} are read)
   * @param nb the size of that group
   */
  boolean allowed(int[] a, int na, int[] b, int nb) {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < Math.min(na, MAX_CROSS); i++) {
      Person px = persons.apply(a[i]);
      for (int j = 0; j < Math.min(nb, MAX_CROSS); j++) {
        if (cannotLink.test(a[i], b[j])) {
          return false;
        }
        double w = scorer.score(px, persons.apply(b[j]), levels);
        if (w < matchWeight && conflicting()) {
          // a conflict the pair's own evidence does not outweigh
          return false;
        }
        sum += Scorer.probability(w);
        pairs++;
      }
    }
    return na + nb <= 2 || pairs == 0 || sum / pairs >= minimumSupport;
  }
}
