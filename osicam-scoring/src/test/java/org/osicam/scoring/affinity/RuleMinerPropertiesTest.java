package org.osicam.scoring.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RuleMinerPropertiesTest {

  @Provide
  Arbitrary<List<Set<String>>> baskets() {
    Arbitrary<String> item = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h");
    return item.set().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<Double> supports() {
    return Arbitraries.of(0.01, 0.05, 0.1, 0.2, 0.25, 1.0 / 3, 0.5, 0.7, 1.0);
  }

  @Provide
  Arbitrary<Double> confidences() {
    return Arbitraries.of(0.0, 0.1, 0.3, 0.5, 2.0 / 3, 0.8, 1.0);
  }

  private static RuleSet mine(
      List<Set<String>> baskets, double support, double confidence, int max) {
    return AssociationRules.miner()
        .minSupport(support)
        .minConfidence(confidence)
        .maxLength(max)
        .build()
        .mine(Baskets.of(baskets));
  }

  @Property(tries = 200)
  void everyRuleReachesTheMinimumSupportAndConfidence(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll("supports") double support,
      @ForAll("confidences") double confidence,
      @ForAll @IntRange(min = 1, max = 6) int maxLength) {
    RuleSet set = mine(baskets, support, confidence, maxLength);

    assertThat(set.rules())
        .allSatisfy(
            r -> {
              assertThat(r.support()).isGreaterThanOrEqualTo(support);
              assertThat(r.confidence()).isGreaterThanOrEqualTo(confidence - 1e-12);
              assertThat(r.length()).isLessThanOrEqualTo(maxLength);
            });
  }

  @Property(tries = 200)
  void frequentItemsetsAreClosedUnderSubsetsWithAntiMonotoneCounts(
      @ForAll("baskets") List<Set<String>> baskets, @ForAll("supports") double support) {
    RuleSet set = mine(baskets, support, 0.5, 10);

    for (FrequentItemset f : set.frequentItemsets()) {
      for (String drop : f.items()) {
        List<String> subset = new ArrayList<>(f.items());
        subset.remove(drop);
        assertThat(set.count(subset)).isPresent();
        assertThat(set.count(subset).getAsInt()).isGreaterThanOrEqualTo(f.count());
      }
    }
  }

  @Property(tries = 150)
  void itemsetsAndRulesMatchABruteForceCount(
      @ForAll("baskets") List<Set<String>> baskets,
      @ForAll("supports") double support,
      @ForAll("confidences") double confidence) {
    RuleSet set = mine(baskets, support, confidence, 10);
    int n = baskets.size();
    int minCount = (int) Math.ceil(n * support);

    Map<Set<String>, Integer> expected = new HashMap<>();
    List<String> all =
        new ArrayList<>(new TreeSet<>(List.of("a", "b", "c", "d", "e", "f", "g", "h")));
    for (int mask = 1; mask < (1 << all.size()); mask++) {
      Set<String> s = new HashSet<>();
      for (int i = 0; i < all.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(all.get(i));
        }
      }
      int count = 0;
      for (Set<String> b : baskets) {
        if (b.containsAll(s)) {
          count++;
        }
      }
      if (count >= minCount && count > 0) {
        expected.put(s, count);
      }
    }
    Map<Set<String>, Integer> actual = new HashMap<>();
    set.frequentItemsets().forEach(f -> actual.put(new HashSet<>(f.items()), f.count()));
    assertThat(actual).isEqualTo(expected);

    int expectedRules = 0;
    for (Map.Entry<Set<String>, Integer> e : expected.entrySet()) {
      for (String y : e.getKey()) {
        Set<String> x = new HashSet<>(e.getKey());
        x.remove(y);
        int countX = x.isEmpty() ? n : expected.get(x);
        if ((double) e.getValue() / countX >= confidence - 1e-12) {
          expectedRules++;
        }
      }
    }
    assertThat(set.rules()).hasSize(expectedRules);
  }
}
