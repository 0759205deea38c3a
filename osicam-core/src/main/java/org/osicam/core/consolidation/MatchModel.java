package org.osicam.core.consolidation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fitted Fellegi-Sunter model: the prior probability that two records drawn at random are the
 * same person, and {@code m}, {@code u} of every comparison level. Estimated by {@link
 * Consolidator} (u from random pairs, m by expectation-maximisation on the candidate pairs), or
 * given in {@link ConsolidationConfig#model()} to skip estimation.
 *
 * @param prior P(match) for a random pair, in (0, 1)
 * @param levels every level of every attribute used (copied)
 */
public record MatchModel(double prior, List<LevelWeight> levels) {

  /** Validates and copies. */
  public MatchModel {
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "prior must be in (0, 1), was %s", prior));
    }
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
  }

  /** The prior as a weight in bits: {@code log2(prior / (1 - prior))}. */
  public double priorWeight() {
    return Math.log(prior / (1 - prior)) / Math.log(2);
  }
}
