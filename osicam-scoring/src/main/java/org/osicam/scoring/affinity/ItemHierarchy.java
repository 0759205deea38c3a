package org.osicam.scoring.affinity;

import java.util.Map;
import java.util.Objects;
import org.osicam.core.InvalidDataException;

/**
 * One level of an item hierarchy: item to category (e.g. {@code "whole milk"} to {@code "dairy
 * produce"}). Used to mine rules at category level with {@link Baskets#aggregate(ItemHierarchy)}.
 *
 * <pre>{@code
 * ItemHierarchy level = ItemHierarchy.of(Map.of("whole milk", "dairy", "yogurt", "dairy"));
 * RuleSet byCategory = AssociationRules.miner().minSupport(0.01).build()
 *     .mine(baskets.aggregate(level));
 * }</pre>
 */
public final class ItemHierarchy {
  private final Map<String, String> categories;

  private ItemHierarchy(Map<String, String> categories) {
    this.categories = categories;
  }

  /**
   * A hierarchy level from a map.
   *
   * @param categories item to category (copied); items missing from it keep their own name
   * @return the hierarchy level
   * @throws InvalidDataException if a category is blank
   */
  public static ItemHierarchy of(Map<String, String> categories) {
    Objects.requireNonNull(categories, "categories");
    for (Map.Entry<String, String> e : categories.entrySet()) {
      if (e.getValue().isBlank()) {
        throw new InvalidDataException(
            "hierarchy[" + e.getKey() + "]", "a non-blank category", "\"" + e.getValue() + "\"");
      }
    }
    return new ItemHierarchy(Map.copyOf(categories));
  }

  /**
   * The category of an item.
   *
   * @param item an item name
   * @return its category, or the item itself when it has none
   */
  public String categoryOf(String item) {
    return categories.getOrDefault(item, item);
  }

  /** The number of items with a category. */
  public int size() {
    return categories.size();
  }
}
