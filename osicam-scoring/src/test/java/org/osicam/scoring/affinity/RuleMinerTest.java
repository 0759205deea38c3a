package org.osicam.scoring.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

/** Reference figures: see {@code SOURCES.md} beside the Groceries data. */
class RuleMinerTest {

  private static RuleSet mine(double support, double confidence) {
    return AssociationRules.miner()
        .minSupport(support)
        .minConfidence(confidence)
        .build()
        .mine(Groceries.baskets());
  }

  private static Map<Integer, Long> lengths(RuleSet set) {
    return set.rules().stream()
        .collect(Collectors.groupingBy(Rule::length, TreeMap::new, Collectors.counting()));
  }

  private static Rule find(RuleSet set, List<String> antecedent, String consequent) {
    return set.rules().stream()
        .filter(r -> r.antecedent().equals(antecedent) && r.consequent().equals(consequent))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void groceriesAtSupport0001Confidence05GivesTheArules5668Rules() {
    RuleSet set = mine(0.001, 0.5);

    assertThat(set.baskets()).isEqualTo(9835);
    assertThat(set.items()).isEqualTo(169);
    assertThat(set.minCount()).isEqualTo(10);
    assertThat(set.frequentItemsetCount()).isEqualTo(13_492);
    assertThat(set.rules()).hasSize(5668);
    assertThat(lengths(set))
        .containsExactly(
            Map.entry(2, 11L),
            Map.entry(3, 1461L),
            Map.entry(4, 3211L),
            Map.entry(5, 939L),
            Map.entry(6, 46L));
  }

  @Test
  void honeyToWholeMilkHasThePublishedMeasures() {
    RuleSet set = mine(0.001, 0.5);
    Percentage tolerance = Percentage.withPercentage(5e-5);

    Rule honey = find(set, List.of("honey"), "whole milk");
    assertThat(honey.support()).isCloseTo(0.001118454, tolerance);
    assertThat(honey.confidence()).isCloseTo(0.7333333, tolerance);
    assertThat(honey.lift()).isCloseTo(2.870009, tolerance);
    assertThat(honey.count()).isEqualTo(11);

    Rule tidbits = find(set, List.of("tidbits"), "rolls/buns");
    assertThat(tidbits.support()).isCloseTo(0.001220132, tolerance);
    assertThat(tidbits.confidence()).isCloseTo(0.5217391, tolerance);
    assertThat(tidbits.lift()).isCloseTo(2.836542, tolerance);

    Rule cocoa = find(set, List.of("cocoa drinks"), "whole milk");
    assertThat(cocoa.support()).isCloseTo(0.001321810, tolerance);
    assertThat(cocoa.confidence()).isCloseTo(0.5909091, tolerance);
    assertThat(cocoa.lift()).isCloseTo(2.312611, tolerance);
  }

  @Test
  void leverageAndConvictionFollowTheirDefinitions() {
    RuleSet set = mine(0.001, 0.5);
    Rule honey = find(set, List.of("honey"), "whole milk");
    double n = 9835;
    double honeyCount = set.count(List.of("honey")).orElseThrow();
    double milk = set.count(List.of("whole milk")).orElseThrow();

    assertThat(milk).isEqualTo(2513);
    assertThat(honey.leverage()).isCloseTo(11 / n - (honeyCount / n) * (milk / n), within(1e-15));
    assertThat(honey.conviction()).isCloseTo((1 - milk / n) / (1 - 11 / honeyCount), within(1e-12));
  }

  @Test
  void confidence08Gives410Rules() {
    RuleSet set = mine(0.001, 0.8);

    assertThat(set.rules()).hasSize(410);
    assertThat(lengths(set))
        .containsExactly(
            Map.entry(3, 29L), Map.entry(4, 229L), Map.entry(5, 140L), Map.entry(6, 12L));
  }

  @Test
  void lantzSettingsGive463Rules() {
    RuleSet set =
        AssociationRules.miner()
            .minSupport(0.006)
            .minConfidence(0.25)
            .minLength(2)
            .build()
            .mine(Groceries.baskets());

    assertThat(set.rules()).hasSize(463);
    assertThat(lengths(set))
        .containsExactly(Map.entry(2, 150L), Map.entry(3, 297L), Map.entry(4, 16L));
  }

  @Test
  void support0005Confidence05Gives120Rules() {
    assertThat(mine(0.005, 0.5).rules()).hasSize(120);
  }

  @Test
  void lowConfidenceKeepsRulesWithAnEmptyAntecedentAsArulesDoes() {
    RuleSet set =
        AssociationRules.miner()
            .minSupport(0.01)
            .minConfidence(0.25)
            .maxLength(1)
            .build()
            .mine(Groceries.baskets());

    assertThat(set.rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.antecedent()).isEmpty();
              assertThat(r.consequent()).isEqualTo("whole milk");
              assertThat(r.confidence()).isCloseTo(2513 / 9835.0, within(1e-15));
              assertThat(r.lift()).isCloseTo(1.0, within(1e-12));
            });
  }

  @Test
  void maxLengthBoundsItemsetsAndRules() {
    RuleSet set =
        AssociationRules.miner()
            .minSupport(0.001)
            .minConfidence(0.5)
            .maxLength(3)
            .build()
            .mine(Groceries.baskets());

    assertThat(set.rules()).hasSize(11 + 1461);
    assertThat(set.frequentItemsets())
        .allSatisfy(f -> assertThat(f.items()).hasSizeLessThanOrEqualTo(3));
  }

  @Test
  void categoryLevelRulesUseTheHierarchy() {
    Baskets level2 = Groceries.baskets().aggregate(Groceries.level2());
    RuleSet set = AssociationRules.miner().minSupport(0.05).minConfidence(0.5).build().mine(level2);

    assertThat(level2.itemCount()).isLessThan(60);
    assertThat(set.rules()).isNotEmpty();
    assertThat(set.rules())
        .allSatisfy(r -> assertThat(r.consequent()).isNotIn("whole milk", "yogurt"));
  }

  @Test
  void rulesCanBeRestrictedToASegmentOfCustomers() {
    Baskets.Builder b = Baskets.builder();
    for (int i = 0; i < 40; i++) {
      CustomerId c = CustomerId.of("C" + i);
      b.add(c, i % 2 == 0 ? List.of("tent", "stove") : List.of("pram", "nappies"));
    }
    Baskets baskets = b.build();
    RuleMiner miner =
        AssociationRules.miner().minSupport(0.2).minConfidence(0.9).minLength(2).build();

    Map<String, RuleSet> bySegment =
        miner.mineBySegment(
            baskets,
            c -> Integer.parseInt(c.value().substring(1)) % 2 == 0 ? "campers" : "parents");
    RuleSet campers =
        miner.mine(baskets.restrictTo(c -> Integer.parseInt(c.value().substring(1)) % 2 == 0));

    assertThat(bySegment).containsOnlyKeys("campers", "parents");
    assertThat(bySegment.get("campers").rules())
        .extracting(Rule::toString)
        .containsExactly("{stove} => {tent}", "{tent} => {stove}");
    assertThat(campers.rules()).isEqualTo(bySegment.get("campers").rules());
    assertThat(miner.mine(baskets).rules()).hasSize(4);
  }

  @Test
  void duplicateItemsInABasketCountOnce() {
    RuleSet set =
        AssociationRules.miner()
            .minSupport(0.5)
            .minConfidence(0.5)
            .build()
            .mine(Baskets.of(List.of(List.of("a", "a", "b"), List.of("a"))));

    assertThat(set.count(List.of("a"))).hasValue(2);
    assertThat(set.count(List.of("a", "b"))).hasValue(1);
  }

  @Test
  void emptyBasketIsRejectedNamingIt() {
    assertThatThrownBy(() -> Baskets.of(List.of(List.of("a"), List.of())))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("basket[1] must be a basket with at least one item, was []");
  }

  @Test
  void noBasketsIsRejected() {
    assertThatThrownBy(() -> Baskets.of(List.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("baskets must be at least one basket, was none");
  }

  @Test
  void minimumSupportMustBeAboveZeroAndAtMostOne() {
    assertThatThrownBy(() -> AssociationRules.miner().minSupport(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minSupport must be in (0, 1], was 0.0");
    assertThatThrownBy(() -> AssociationRules.miner().minSupport(1.5))
        .hasMessage("minSupport must be in (0, 1], was 1.5");
    assertThatThrownBy(() -> AssociationRules.miner().minSupport(Double.NaN))
        .hasMessage("minSupport must be in (0, 1], was NaN");
    assertThatThrownBy(() -> AssociationRules.miner().minConfidence(-0.1))
        .hasMessage("minConfidence must be in [0, 1], was -0.1");
  }

  @Test
  void settingAnOptionTwiceFails() {
    assertThatThrownBy(() -> AssociationRules.miner().minSupport(0.1).minSupport(0.2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("minSupport was already set");
  }

  @Test
  void minCountIsTheCeilingOfSupportTimesBaskets() {
    RuleMiner miner = AssociationRules.miner().minSupport(0.001).build();

    assertThat(miner.minCount(9835)).isEqualTo(10);
    assertThat(miner.minCount(10_000)).isEqualTo(10);
    assertThat(miner.minCount(10)).isEqualTo(1);
  }
}
