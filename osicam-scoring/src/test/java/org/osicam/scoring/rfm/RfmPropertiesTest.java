package org.osicam.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RfmPropertiesTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  record Order(int customer, int daysAgo, int amount) {}

  @Provide
  Arbitrary<List<Order>> orders() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(-5, 500))
        .as(Order::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(120);
  }

  @Provide
  Arbitrary<Binning> binnings() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(2, 9).map(Binning::quantiles),
        Arbitraries.integers().between(2, 9).map(Binning::equalCount),
        Arbitraries.of(Binning.fixed(30), Binning.fixed(1, 2, 3), Binning.fixed(10, 50, 90, 200)));
  }

  private static RfmResult score(List<Order> orders, Binning binning) {
    Orders.Builder b = Orders.builder();
    for (Order o : orders) {
      b.add("c" + o.customer(), AS_OF.minusDays(o.daysAgo()), o.amount());
    }
    return Rfm.builder().asOf(AS_OF).binning(binning).build().score(b.build());
  }

  @Property(tries = 200)
  void scoresAreWithinOneToBins(
      @ForAll("orders") List<Order> orders, @ForAll("binnings") Binning binning) {
    RfmResult r = score(orders, binning);

    for (int i = 0; i < r.size(); i++) {
      assertThat(r.recencyScore(i)).isBetween(1, binning.bins());
      assertThat(r.frequencyScore(i)).isBetween(1, binning.bins());
      assertThat(r.monetaryScore(i)).isBetween(1, binning.bins());
    }
    assertThat(r.thresholds().r()).hasSize(binning.bins() - 1).isSorted();
  }

  @Property(tries = 200)
  void moreRecentNeverScoresLowerOnRecency(
      @ForAll("orders") List<Order> orders, @ForAll("binnings") Binning binning) {
    RfmResult r = score(orders, binning);

    for (int i = 0; i < r.size(); i++) {
      for (int j = 0; j < r.size(); j++) {
        if (r.recencyDays(i) < r.recencyDays(j)) {
          assertThat(r.recencyScore(i)).isGreaterThanOrEqualTo(r.recencyScore(j));
        }
        if (r.monetary(i) < r.monetary(j)) {
          assertThat(r.monetaryScore(i)).isLessThanOrEqualTo(r.monetaryScore(j));
        }
      }
    }
  }

  @Property(tries = 100)
  void inputOrderDoesNotChangeScores(
      @ForAll("orders") List<Order> orders, @ForAll("binnings") Binning binning) {
    RfmResult a = score(orders, binning);
    List<Order> reversed = new java.util.ArrayList<>(orders);
    java.util.Collections.reverse(reversed);
    RfmResult b = score(reversed, binning);

    java.util.Map<String, RfmScore> byId = new java.util.HashMap<>();
    b.scores().forEach(s -> byId.put(s.customerId(), s));
    for (RfmScore s : a.scores()) {
      RfmScore t = byId.get(s.customerId());
      assertThat(t.cell()).isEqualTo(s.cell());
      assertThat(t.monetary()).isEqualTo(s.monetary());
    }
  }
}
