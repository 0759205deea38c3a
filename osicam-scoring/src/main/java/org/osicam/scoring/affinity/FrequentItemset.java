package org.osicam.scoring.affinity;

import java.util.List;

/**
 * A frequent itemset: items bought together in at least the minimum share of baskets.
 *
 * <p>Obtained from {@link RuleSet#frequentItemsets()}.
 *
 * @param items item names in ascending order, at least one
 * @param count the number of baskets that contain every item
 * @param support count divided by the number of baskets
 */
public record FrequentItemset(List<String> items, int count, double support) {

  /** Validates and copies. */
  public FrequentItemset {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must be non-empty, was []");
    }
  }
}
