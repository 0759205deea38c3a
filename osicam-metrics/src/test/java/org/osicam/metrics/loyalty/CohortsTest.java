package org.osicam.metrics.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CohortsTest {

  @Test
  void retentionByFirstPurchaseMonth() {
    CohortAccumulator acc = Cohorts.accumulator(LocalDate.of(2024, 3, 31));
    acc.add("A", LocalDate.of(2024, 1, 5));
    acc.add("A", LocalDate.of(2024, 1, 20));
    acc.add("A", LocalDate.of(2024, 3, 2));
    acc.add("B", LocalDate.of(2024, 1, 9));
    acc.add("B", LocalDate.of(2024, 2, 9));
    acc.add("C", LocalDate.of(2024, 2, 1));
    acc.add("C", LocalDate.of(2024, 4, 1)); // after as-of

    CohortTable t = acc.snapshot();
    assertThat(t.lastMonth()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(t.rows()).hasSize(2);
    CohortRow jan = t.rows().get(0);
    assertThat(jan.cohort()).isEqualTo(YearMonth.of(2024, 1));
    assertThat(jan.size()).isEqualTo(2);
    assertThat(jan.active()).containsExactly(2L, 1L, 1L);
    assertThat(jan.retention(1)).isEqualTo(0.5);
    CohortRow feb = t.rows().get(1);
    assertThat(feb.active()).containsExactly(1L, 0L);
  }

  @Test
  void mergeUnitesPurchaseMonths() {
    CohortAccumulator a = Cohorts.accumulator(LocalDate.of(2024, 3, 31));
    a.add("A", LocalDate.of(2024, 3, 2));
    CohortAccumulator b = Cohorts.accumulator(LocalDate.of(2024, 3, 31));
    b.add("A", LocalDate.of(2024, 1, 5));
    a.merge(b);
    assertThat(a.snapshot().rows().get(0).active()).containsExactly(1L, 0L, 1L);
  }
}
