package org.osicam.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

class SyntheticPopulationTest {

  @Test
  void sameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
    SyntheticPopulation.Data a =
        SyntheticPopulation.builder().seed(7).customers(200).build().generate();
    SyntheticPopulation.Data b =
        SyntheticPopulation.builder().seed(7).customers(200).build().generate();
    SyntheticPopulation.Data c =
        SyntheticPopulation.builder().seed(8).customers(200).build().generate();
    assertThat(a).isEqualTo(b);
    assertThat(a.transactions()).isNotEqualTo(c.transactions());
  }

  @Test
  void populationLoadsIntoAKnowledgeBaseAndStaysInsideTheWindow() {
    Instant from = Instant.parse("2023-01-01T00:00:00Z");
    Instant to = Instant.parse("2024-07-01T00:00:00Z");
    SyntheticPopulation.Data data = SyntheticPopulation.builder().customers(500).build().generate();
    CustomerKnowledgeBase kb = data.toKnowledgeBase();
    assertThat(kb.customerCount()).isEqualTo(500);
    assertThat(data.transactions()).allSatisfy(t -> assertThat(t.timestamp()).isBetween(from, to));
    assertThat(kb.transactions(CustomerId.of("C0000001"))).isNotEmpty();
  }

  @Test
  void purchaseCountsLookLikeARepeatBuyingProcess() {
    // with CDNOW-like parameters most customers buy once or twice, a few buy often
    SyntheticPopulation.Data data =
        SyntheticPopulation.builder().customers(5_000).build().generate();
    Map<CustomerId, Long> counts =
        data.transactions().stream()
            .collect(Collectors.groupingBy(Transaction::customerId, Collectors.counting()));
    long once = counts.values().stream().filter(n -> n == 1).count();
    long many = counts.values().stream().filter(n -> n >= 10).count();
    assertThat(counts).hasSize(5_000); // everyone buys at least once
    assertThat(once).isGreaterThan(5_000 * 4 / 10);
    assertThat(many).isPositive().isLessThan(5_000 / 10);
  }

  @Test
  void optionsCanBeSetOnceAndAreChecked() {
    SyntheticPopulation.Builder b = SyntheticPopulation.builder().seed(1);
    assertThatThrownBy(() -> b.seed(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SyntheticPopulation.builder().customers(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customers must be at least 1, was 0");
  }

  @Test
  void fixtureBuildsASmallBase() {
    CustomerKnowledgeBase kb =
        KnowledgeBaseFixture.create()
            .customer("C1", Map.of("email", "a@example.org"))
            .purchase("C1", "2024-01-05", 25.0)
            .score("C1", "clv.p_alive", 0.5)
            .build();
    assertThat(kb.transactions(CustomerId.of("C1"))).hasSize(1);
    assertThat(kb.clock().instant()).isEqualTo(FixedClock.DEFAULT_INSTANT);
  }
}
