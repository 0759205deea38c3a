package org.osicam.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Score;
import org.osicam.core.model.Transaction;

class OrdersTest {

  @Test
  void arraysAreCheckedNamingTheBadIndex() {
    assertThatThrownBy(
            () -> Orders.of(List.of("a"), new int[] {0, 1}, new int[] {1, 2}, new double[] {1, 2}))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("orders customerIndex[1] must be in 0..0, was 1");
    assertThatThrownBy(
            () -> Orders.of(List.of("a"), new int[] {0}, new int[] {1}, new double[] {Double.NaN}))
        .hasMessage("orders amount[0] must be finite, was NaN");
    assertThatThrownBy(() -> Orders.of(List.of("a", "a"), new int[0], new int[0], new double[0]))
        .hasMessageContaining("distinct ids");
  }

  @Test
  void transactionsBecomeOrdersOnTheirUtcDateAndScoresBecomeKnowledgeBaseScores() {
    CustomerId c = CustomerId.of("c1");
    Transaction late =
        Transaction.of(
            "t1", c, Instant.parse("2024-01-31T23:30:00Z"), new BigDecimal("12.5"), "EUR");
    Orders orders = Orders.of(List.of(late));
    RfmResult r = Rfm.builder().asOf(LocalDate.of(2024, 2, 1)).build().score(orders);

    assertThat(r.recencyDays(0)).isEqualTo(1);
    List<Score> scores = r.toScores(Instant.parse("2024-02-01T00:00:00Z"));
    assertThat(scores).hasSize(7);
    assertThat(scores)
        .filteredOn(s -> s.key().equals(Rfm.MONETARY))
        .singleElement()
        .extracting(Score::value)
        .isEqualTo(12.5);
  }
}
