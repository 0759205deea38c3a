package org.osicam.scoring.affinity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NextBestProductPropertiesTest {

  @Provide
  Arbitrary<List<Set<String>>> baskets() {
    Arbitrary<String> item = Arbitraries.of("a", "b", "c", "d", "e", "f");
    return item.set().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(30);
  }

  @Provide
  Arbitrary<Set<String>> owned() {
    return Arbitraries.of("a", "b", "c", "d", "e", "f", "g").set().ofMaxSize(4);
  }

  @Property(tries = 200)
  void recommendationsAreUnownedTriggeredAndRankedBestFirst(
      @ForAll("baskets") List<Set<String>> baskets, @ForAll("owned") Set<String> owned) {
    RuleSet rules =
        AssociationRules.miner()
            .minSupport(0.1)
            .minConfidence(0.2)
            .build()
            .mine(Baskets.of(baskets));
    NextBestProduct nbp = NextBestProduct.builder().rules(rules).maxResults(10).minLift(0).build();

    List<Recommendation> recs = nbp.recommend(owned);

    assertThat(recs).extracting(Recommendation::product).doesNotHaveDuplicates();
    assertThat(recs)
        .allSatisfy(
            r -> {
              assertThat(owned).doesNotContain(r.product());
              assertThat(owned).containsAll(r.rule().antecedent());
              assertThat(r.rule().consequent()).isEqualTo(r.product());
              assertThat(r.score()).isEqualTo(r.rule().confidence());
            });
    assertThat(recs)
        .extracting(Recommendation::score)
        .isSortedAccordingTo((x, y) -> Double.compare(y, x));
  }
}
