package org.osicam.core.consolidation;

/**
 * How the golden value of one attribute is chosen among the values of a customer's source records.
 * Only non-empty values compete. Ties are broken by the next rules in this order: most frequent,
 * most recent, source priority, then the smallest source key, so the choice never depends on input
 * order.
 */
public enum SurvivorshipRule {
  /**
   * The value of the most recently updated record ({@code updatedAt}; unknown counts as oldest).
   */
  MOST_RECENT,
  /** The value of the record whose source ranks first in {@code sourcePriority}. */
  SOURCE_PRIORITY,
  /** The value given by most records (compared after normalisation of case and spaces). */
  MOST_FREQUENT,
  /** The longest value (most characters after trimming): "Jean-Pierre" over "J.". */
  MOST_COMPLETE,
  /**
   * Any non-empty value, taken from the record with the smallest source key: stable, for attributes
   * where every value is as good.
   */
  NON_EMPTY
}
