package org.osicam.scoring.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The result of {@link RuleMiner#mine(Baskets)}: the association rules, the frequent itemsets they
 * come from and the settings that produced them. Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleMiner miner = AssociationRules.miner().minSupport(0.001).minConfidence(0.5).build();
 * RuleSet rules = miner.mine(baskets);
 * for (Rule r : rules.rules()) {
 *   System.out.println(r + " confidence " + r.confidence() + " lift " + r.lift());
 * }
 * OptionalDouble support = rules.support(List.of("honey", "whole milk"));
 * }</pre>
 */
public final class RuleSet {
  private final RuleMiner miner;
  private final int baskets;
  private final int items;
  private final int minCount;
  private final ItemsetStore itemsets;
  private final String[] nameOfRank;
  private final Map<String, Integer> rankOfName;
  private final List<Rule> rules;

  RuleSet(
      RuleMiner miner,
      int baskets,
      int items,
      int minCount,
      ItemsetStore itemsets,
      String[] nameOfRank,
      List<Rule> rules) {
    this.miner = miner;
    this.baskets = baskets;
    this.items = items;
    this.minCount = minCount;
    this.itemsets = itemsets;
    this.nameOfRank = nameOfRank;
    this.rankOfName = new HashMap<>();
    for (int r = 0; r < nameOfRank.length; r++) {
      rankOfName.put(nameOfRank[r], r);
    }
    this.rules = List.copyOf(rules);
  }

  /** The miner (settings) that produced these rules. */
  public RuleMiner miner() {
    return miner;
  }

  /** The number of baskets mined (N). */
  public int baskets() {
    return baskets;
  }

  /** The number of distinct items in the baskets. */
  public int items() {
    return items;
  }

  /** The minimum count an itemset needed: {@code ceil(N × minSupport)}. */
  public int minCount() {
    return minCount;
  }

  /** The rules, ordered by length, then antecedent, then consequent. */
  public List<Rule> rules() {
    return rules;
  }

  /** The number of frequent itemsets (of one item or more, up to the maximum length). */
  public int frequentItemsetCount() {
    return itemsets.size();
  }

  /**
   * The frequent itemsets, ordered by length then items (built on each call).
   *
   * @return the itemsets
   */
  public List<FrequentItemset> frequentItemsets() {
    List<FrequentItemset> list = new ArrayList<>(itemsets.size());
    for (int i = 0; i < itemsets.size(); i++) {
      String[] names = new String[itemsets.length(i)];
      for (int j = 0; j < names.length; j++) {
        names[j] = nameOfRank[itemsets.item(i, j)];
      }
      Arrays.sort(names);
      list.add(
          new FrequentItemset(
              Arrays.asList(names), itemsets.count(i), (double) itemsets.count(i) / baskets));
    }
    list.sort(
        (a, b) ->
            a.items().size() != b.items().size()
                ? Integer.compare(a.items().size(), b.items().size())
                : RuleMiner.compareLists(a.items(), b.items()));
    return List.copyOf(list);
  }

  /**
   * The count of an itemset when it is frequent.
   *
   * @param items item names (order irrelevant)
   * @return the number of baskets that contain them all, or empty when the itemset is not frequent
   *     (or has an unknown item); the empty itemset has count N
   */
  public OptionalInt count(Collection<String> items) {
    int[] ranks = new int[items.size()];
    int k = 0;
    for (String item : items) {
      Integer r = rankOfName.get(item);
      if (r == null) {
        return OptionalInt.empty();
      }
      ranks[k++] = r;
    }
    if (k == 0) {
      return OptionalInt.of(baskets);
    }
    Arrays.sort(ranks);
    for (int i = 1; i < k; i++) {
      if (ranks[i] == ranks[i - 1]) {
        return count(new java.util.TreeSet<>(items));
      }
    }
    int c = itemsets.find(ranks, k);
    return c < 0 ? OptionalInt.empty() : OptionalInt.of(c);
  }

  /**
   * The support of an itemset when it is frequent.
   *
   * @param items item names
   * @return count / N, or empty when the itemset is not frequent
   */
  public OptionalDouble support(Collection<String> items) {
    OptionalInt c = count(items);
    return c.isPresent()
        ? OptionalDouble.of((double) c.getAsInt() / baskets)
        : OptionalDouble.empty();
  }
}
