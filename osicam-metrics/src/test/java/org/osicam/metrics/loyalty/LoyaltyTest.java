package org.osicam.metrics.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Transaction;

class LoyaltyTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private static LoyaltyAccumulator sample() {
    // previous period: Jan-Jun 2023... current period: (2023-12-30, 2024-06-30]
    LoyaltyAccumulator acc = Loyalty.accumulator(AS_OF, Period.ofMonths(6));
    acc.add("A", LocalDate.of(2023, 9, 1), 10); // previous only: churned
    acc.add("B", LocalDate.of(2023, 10, 1), 10); // previous and current twice: retained, repeat
    acc.add("B", LocalDate.of(2024, 2, 1), 30);
    acc.add("B", LocalDate.of(2024, 5, 1), 50);
    acc.add("C", LocalDate.of(2022, 1, 1), 10); // lapsed, reactivated in current period
    acc.add("C", LocalDate.of(2024, 3, 1), 20);
    acc.add("D", LocalDate.of(2024, 4, 1), 40); // new
    acc.add("D", LocalDate.of(2024, 7, 1), 99); // after as-of: ignored
    return acc;
  }

  @Test
  void kpisAsOfADate() {
    LoyaltyResult r = sample().snapshot();
    assertThat(r.customersAtStart()).isEqualTo(2);
    assertThat(r.retentionRate()).isCloseTo(0.5, within(1e-12));
    assertThat(r.churnRate()).isCloseTo(0.5, within(1e-12));
    assertThat(r.activeCustomers()).isEqualTo(3);
    assertThat(r.newCustomers()).isEqualTo(1);
    assertThat(r.acquisitionRate()).isCloseTo(0.5, within(1e-12));
    assertThat(r.repurchaseRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.loyaltyRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.orders()).isEqualTo(4);
    assertThat(r.averageOrderValue()).isCloseTo(35, within(1e-12));
    assertThat(r.purchaseFrequency()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(r.shareOfWallet()).isEmpty();
  }

  @Test
  void shareOfWalletUsesStatedCategorySpend() {
    LoyaltyAccumulator acc = sample();
    acc.addCategorySpend("B", 160).addCategorySpend("D", 40);
    assertThat(acc.snapshot().shareOfWallet().orElseThrow()).isCloseTo(120.0 / 200, within(1e-12));
  }

  @Test
  void mergeOfSplitDataEqualsOneAccumulator() {
    LoyaltyAccumulator a = Loyalty.accumulator(AS_OF, Period.ofMonths(6));
    a.add("B", LocalDate.of(2023, 10, 1), 10);
    a.add("C", LocalDate.of(2024, 3, 1), 20);
    LoyaltyAccumulator b = Loyalty.accumulator(AS_OF, Period.ofMonths(6));
    b.add("A", LocalDate.of(2023, 9, 1), 10);
    b.add("B", LocalDate.of(2024, 2, 1), 30);
    b.add("B", LocalDate.of(2024, 5, 1), 50);
    b.add("C", LocalDate.of(2022, 1, 1), 10);
    b.add("D", LocalDate.of(2024, 4, 1), 40);
    b.add("D", LocalDate.of(2024, 7, 1), 99);
    a.merge(b);
    assertThat(a.snapshot()).isEqualTo(sample().snapshot());
  }

  @Test
  void transactionsAreDatedInTheGivenZone() {
    LoyaltyAccumulator acc = Loyalty.accumulator(AS_OF, Period.ofMonths(6));
    acc.add(
        Transaction.of(
            "T1", CustomerId.of("Z"), Instant.parse("2024-06-30T23:30:00Z"), BigDecimal.TEN, "EUR"),
        ZoneOffset.ofHours(2));
    assertThat(acc.snapshot().activeCustomers()).isZero(); // 2024-07-01 in UTC+2
  }

  @Test
  void emptyBaseHasNoRates() {
    LoyaltyResult r = Loyalty.accumulator(AS_OF, Period.ofMonths(6)).snapshot();
    assertThatThrownBy(r::retentionRate).hasMessage("no customers at start: the rate is undefined");
  }
}
