package org.osicam.scoring.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.CustomerId;

class NextBestProductTest {

  private static final RuleSet GROCERIES =
      AssociationRules.miner()
          .minSupport(0.001)
          .minConfidence(0.5)
          .build()
          .mine(Groceries.baskets());

  @Test
  void honeyBuyerIsOfferedWholeMilkWithTheRuleAsExplanation() {
    NextBestProduct nbp = NextBestProduct.builder().rules(GROCERIES).build();

    List<Recommendation> recs = nbp.recommend(Set.of("honey"));

    assertThat(recs)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.product()).isEqualTo("whole milk");
              assertThat(r.rule().antecedent()).containsExactly("honey");
              assertThat(r.score()).isEqualTo(r.rule().confidence());
              assertThat(r.segment()).isNull();
              assertThat(r.explanation())
                  .isEqualTo(
                      "bought {honey} => whole milk: confidence 0.733, lift 2.87, 11 baskets");
            });
  }

  @Test
  void productsAlreadyOwnedAreNeverRecommended() {
    NextBestProduct nbp = NextBestProduct.builder().rules(GROCERIES).maxResults(50).build();
    Set<String> owned = Set.of("citrus fruit", "root vegetables", "tropical fruit", "yogurt");

    List<Recommendation> recs = nbp.recommend(owned);

    assertThat(recs).isNotEmpty();
    assertThat(recs).extracting(Recommendation::product).doesNotContainAnyElementsOf(owned);
    assertThat(recs).allSatisfy(r -> assertThat(owned).containsAll(r.rule().antecedent()));
    assertThat(recs)
        .extracting(Recommendation::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void rankingByLiftOrdersByLift() {
    NextBestProduct nbp =
        NextBestProduct.builder()
            .rules(GROCERIES)
            .rankBy(NextBestProduct.Ranking.LIFT)
            .maxResults(10)
            .build();

    List<Recommendation> recs =
        nbp.recommend(Set.of("citrus fruit", "root vegetables", "other vegetables", "butter"));

    assertThat(recs).isNotEmpty();
    assertThat(recs).allSatisfy(r -> assertThat(r.score()).isEqualTo(r.rule().lift()));
    assertThat(recs)
        .extracting(Recommendation::score)
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void segmentRulesAreUsedForTheCustomersSegmentWithGlobalFallback() {
    Baskets.Builder b = Baskets.builder();
    for (int i = 0; i < 60; i++) {
      boolean camper = i % 2 == 0;
      List<String> basket =
          camper
              ? (i % 6 == 0 ? List.of("tent", "stove") : List.of("tent", "stove", "lamp"))
              : (i % 6 == 1 ? List.of("tent", "pram") : List.of("pram", "nappies", "tent"));
      b.add(CustomerId.of("C" + i), basket);
    }
    Baskets baskets = b.build();
    RuleMiner miner =
        AssociationRules.miner().minSupport(0.1).minConfidence(0.5).minLength(2).build();
    Map<String, RuleSet> bySegment =
        miner.mineBySegment(
            baskets,
            c -> Integer.parseInt(c.value().substring(1)) % 2 == 0 ? "campers" : "parents");
    NextBestProduct nbp =
        NextBestProduct.builder().rules(miner.mine(baskets)).segmentRules(bySegment).build();

    Recommendation camper = nbp.recommend(Set.of("tent"), "campers").get(0);
    Recommendation parent = nbp.recommend(Set.of("tent"), "parents").get(0);
    Recommendation unknown = nbp.recommend(Set.of("tent"), "nobody").get(0);

    assertThat(camper.product()).isEqualTo("stove");
    assertThat(camper.segment()).isEqualTo("campers");
    assertThat(camper.explanation()).endsWith(", rules of segment campers");
    assertThat(parent.product()).isEqualTo("pram");
    assertThat(unknown.segment()).isNull();
  }

  @Test
  void noTriggeredRuleGivesNoRecommendation() {
    NextBestProduct nbp = NextBestProduct.builder().rules(GROCERIES).build();

    assertThat(nbp.recommend(Set.of("no such product"))).isEmpty();
  }

  @Test
  void builderNeedsRules() {
    assertThatThrownBy(() -> NextBestProduct.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("give rules(..) or segmentRules(..)");
    assertThatThrownBy(() -> NextBestProduct.builder().maxResults(0))
        .hasMessage("maxResults must be >= 1, was 0");
  }
}
