package org.osicam.core.consolidation;

import java.util.Locale;

/**
 * The Fellegi-Sunter parameters of one comparison level of one attribute: {@code m} = P(level |
 * same person), {@code u} = P(level | different people). The match weight is {@code log2(m / u)}.
 *
 * @param attribute the attribute key, e.g. {@code birth_date}
 * @param level the level index, 1 for the strongest agreement
 * @param name the level's description, e.g. {@code exact}
 * @param m probability of this level among matches, in (0, 1]
 * @param u probability of this level among non-matches, in (0, 1]
 */
public record LevelWeight(String attribute, int level, String name, double m, double u) {

  /** Validates. */
  public LevelWeight {
    if (!(m > 0 && m <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "m must be in (0, 1], was %s for %s", m, attribute));
    }
    if (!(u > 0 && u <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "u must be in (0, 1], was %s for %s", u, attribute));
    }
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1, was " + level);
    }
  }

  /** The match weight {@code log2(m / u)} in bits. */
  public double weight() {
    return Math.log(m / u) / Math.log(2);
  }
}
