package org.osicam.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;

class RfmTest {
  static final LocalDate AS_OF = LocalDate.of(2024, 1, 31);

  @Test
  void asOfBeforeAllOrdersIsRejectedNamingTheFirstOrderDate() {
    Orders orders = Orders.builder().add("a", LocalDate.of(2024, 2, 10), 10).build();

    assertThatThrownBy(() -> Rfm.builder().asOf(AS_OF).build().score(orders))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith(
            "asOf must be on or after the first order date (2024-02-10), was 2024-01-31")
        .extracting(e -> ((InvalidDataException) e).field())
        .isEqualTo("asOf");
  }

  @Test
  void ordersAfterTheAsOfDateAreIgnoredAndCounted() {
    Orders orders =
        Orders.builder()
            .add("a", LocalDate.of(2024, 1, 1), 10)
            .add("a", LocalDate.of(2024, 2, 1), 99)
            .add("b", LocalDate.of(2024, 3, 1), 5)
            .build();

    RfmResult r = Rfm.builder().asOf(AS_OF).build().score(orders);

    assertThat(r.size()).isEqualTo(1);
    assertThat(r.get(0))
        .isEqualTo(new RfmScore("a", 30, 1, 10, r.recencyScore(0), 1, r.monetaryScore(0)));
    assertThat(r.ignoredOrders()).isEqualTo(2);
  }

  @Test
  void builderRejectsAnOptionSetTwiceAndAMissingDate() {
    assertThatThrownBy(() -> Rfm.builder().asOf(AS_OF).asOf(AS_OF))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("asOf is already set");
    assertThatThrownBy(() -> Rfm.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("asOf is required");
    assertThatThrownBy(() -> Binning.quantiles(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Binning.fixed(3, 2))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("binning edges must be finite and strictly ascending, was [3.0, 2.0]");
  }

  @Test
  void noOrdersIsNotEnoughData() {
    assertThatThrownBy(() -> Rfm.builder().asOf(AS_OF).build().score(Orders.builder().build()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equalCountBreaksTiesByCustomerIdWhateverTheInputOrder() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add("c" + i);
    }
    Rfm rfm = Rfm.builder().asOf(AS_OF).binning(Binning.equalCount(5)).build();
    List<Integer> fScores = null;
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(ids, random);
      Orders.Builder b = Orders.builder();
      for (String id : ids) {
        b.add(id, LocalDate.of(2024, 1, 1), 10); // every customer tied on R, F and M
      }
      RfmResult r = rfm.score(b.build());
      List<Integer> byId = new ArrayList<>(Collections.nCopies(10, 0));
      for (int i = 0; i < r.size(); i++) {
        byId.set(Integer.parseInt(r.customerId(i).substring(1)), r.frequencyScore(i));
      }
      if (fScores == null) {
        fScores = byId;
      }
      assertThat(byId).isEqualTo(fScores).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }
  }

  @Test
  void quantileBinningKeepsTiesTogether() {
    Orders.Builder b = Orders.builder();
    for (int i = 0; i < 10; i++) {
      b.add("c" + i, LocalDate.of(2024, 1, 1), 10);
    }
    RfmResult r = Rfm.builder().asOf(AS_OF).build().score(b.build());

    for (int i = 0; i < r.size(); i++) {
      assertThat(r.frequencyScore(i)).isEqualTo(1);
      assertThat(r.recencyScore(i)).isEqualTo(5);
    }
    assertThat(r.thresholds().f()).containsExactly(2.0, 2.0, 2.0, 2.0);
  }

  @Test
  void aggregatedInputRejectsNegativeRecency() {
    Rfm rfm = Rfm.builder().asOf(AS_OF).build();
    assertThatThrownBy(
            () ->
                rfm.scoreAggregated(
                    List.of("a"), new double[] {-1}, new double[] {1}, new double[] {1}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("recency_days of customer a must be finite and >= 0, was -1.0");
  }
}
