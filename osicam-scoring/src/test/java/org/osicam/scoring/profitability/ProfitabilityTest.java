package org.osicam.scoring.profitability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Transaction;

class ProfitabilityTest {
  static final CustomerId ANNE = CustomerId.of("anne");
  static final CustomerId BOB = CustomerId.of("bob");

  static Transaction tx(
      String id, CustomerId c, String day, String amount, List<String> items, String cost) {
    return new Transaction(
        id,
        c,
        Instant.parse(day + "T10:00:00Z"),
        new BigDecimal(amount),
        "EUR",
        items,
        null,
        cost == null ? null : new BigDecimal(cost));
  }

  static Interaction contact(String id, CustomerId c, Channel ch, String day, InteractionStatus s) {
    return Interaction.builder(id, c, ch, Instant.parse(day + "T09:00:00Z")).status(s).build();
  }

  @Test
  void eachTransactionIsCostedFromItsOwnData() {
    Profitability p =
        Profitability.builder()
            .marginRate(0.4)
            .productCost("sku-1", 3)
            .productCost("sku-2", 5)
            .costPerInteraction(Channel.EMAIL, 0.1)
            .costPerInteraction(Channel.PHONE, 4)
            .build();
    List<Transaction> txs =
        List.of(
            tx("t1", ANNE, "2024-01-05", "100", List.of(), "70"), // given cost
            tx("t2", ANNE, "2024-02-10", "20", List.of("sku-1", "sku-2"), null), // product costs
            tx("t3", ANNE, "2024-02-11", "50", List.of("sku-1", "sku-9"), null), // margin rate
            tx("t4", BOB, "2024-03-01", "10", List.of(), null));
    List<Interaction> contacts =
        List.of(
            contact("i1", ANNE, Channel.EMAIL, "2024-01-01", InteractionStatus.DELIVERED),
            contact("i2", ANNE, Channel.EMAIL, "2024-01-02", InteractionStatus.OPENED), // outcome
            contact("i3", ANNE, Channel.PHONE, "2024-02-01", InteractionStatus.FAILED),
            Interaction.builder("i4", ANNE, Channel.PHONE, Instant.parse("2024-02-03T09:00:00Z"))
                .direction(Direction.INBOUND)
                .status(InteractionStatus.RESPONDED)
                .build(),
            Interaction.builder("i5", BOB, Channel.PHONE, Instant.parse("2024-03-03T09:00:00Z"))
                .control(true)
                .build());

    ProfitabilityReport r = p.compute(txs, contacts, Map.of(ANNE, 25.0));

    Pnl anne = r.customer(ANNE).pnl();
    assertThat(anne.revenue()).isEqualTo(170);
    assertThat(anne.costOfGoods()).isCloseTo(70 + 8 + 30, within(1e-9));
    assertThat(anne.costToServe()).isCloseTo(0.1 + 4 + 4, within(1e-9));
    assertThat(anne.acquisitionCost()).isEqualTo(25);
    assertThat(anne.contributionMargin()).isCloseTo(170 - 108 - 8.1 - 25, within(1e-9));
    assertThat(anne.interactions()).isEqualTo(3);
    assertThat(r.customer(BOB).pnl().costToServe()).isZero();

    assertThat(r.periods())
        .extracting(c -> c.customerId().value() + " " + c.periodStart())
        .containsExactly("anne 2024-01-01", "anne 2024-02-01", "bob 2024-03-01");
    CustomerPnl january = r.periods().get(0);
    assertThat(january.pnl().acquisitionCost()).isEqualTo(25); // charged at the first purchase
    assertThat(january.pnl().contributionMargin()).isCloseTo(100 - 70 - 0.1 - 25, within(1e-9));

    List<SegmentPnl> seg = r.bySegment(id -> id.equals(ANNE) ? "gold" : "basic");
    assertThat(seg).extracting(SegmentPnl::segment).containsExactly("basic", "gold");
    assertThat(seg.get(1).contributionPerCustomer())
        .isCloseTo(anne.contributionMargin(), within(1e-9));
    assertThat(r.overall().revenue()).isEqualTo(180);
  }

  @Test
  void aTransactionThatCannotBeCostedIsAnErrorNamingIt() {
    Profitability p = Profitability.builder().build();

    assertThatThrownBy(
            () ->
                p.compute(
                    List.of(tx("t9", ANNE, "2024-01-01", "5", List.of(), null)),
                    List.of(),
                    Map.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("transaction t9 cost of goods must be known");
  }

  @Test
  void mixedCurrenciesAreRejected() {
    Transaction usd =
        new Transaction(
            "u",
            BOB,
            Instant.parse("2024-01-01T00:00:00Z"),
            BigDecimal.ONE,
            "USD",
            List.of(),
            null,
            BigDecimal.ZERO);
    Profitability p = Profitability.builder().marginRate(0.5).build();

    assertThatThrownBy(
            () ->
                p.compute(
                    List.of(tx("e", ANNE, "2024-01-01", "5", List.of(), null), usd),
                    List.of(),
                    Map.of()))
        .hasMessage(
            "transaction u currency must be the same as the other transactions (EUR), was USD");
  }

  @Test
  void periodsFollowTheUnit() {
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2024, 8, 17)))
        .isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(PeriodUnit.YEAR.start(LocalDate.of(2024, 8, 17)))
        .isEqualTo(LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> Profitability.builder().marginRate(1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
