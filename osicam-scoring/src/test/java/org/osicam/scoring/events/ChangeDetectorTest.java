package org.osicam.scoring.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

class ChangeDetectorTest {
  private static final CustomerId C1 = CustomerId.of("C1");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final ScoreKey P_ALIVE = ScoreKey.of("clv.p_alive");

  private static Instant day(double d) {
    return T0.plusSeconds(Math.round(d * 86_400));
  }

  /** Six purchases of 50, every 30 days (days 0..150). */
  private static CustomerHistory.Builder monthly() {
    CustomerHistory.Builder b = CustomerHistory.builder(C1);
    for (int i = 0; i < 6; i++) {
      b.purchase(day(30 * i), 50);
    }
    return b;
  }

  @Test
  void longGapUnderTheCustomersOwnRhythmIsARhythmBreakWithEvidence() {
    ChangeDetector d = BehaviourChange.detector().build();

    List<CustomerEvent> events = d.detect(monthly().build(), day(150 + 120));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.PURCHASE_RHYTHM_BREAK);
              assertThat(e.customerId()).isEqualTo(C1);
              assertThat(e.time()).isEqualTo(day(270));
              assertThat(e.labels()).containsExactly(Map.entry("trigger", "own-rhythm"));
              assertThat(e.evidence())
                  .containsOnlyKeys(
                      "currentGapDays",
                      "meanGapDays",
                      "longestGapDays",
                      "repeatPurchases",
                      "probability");
              assertThat(e.evidence("currentGapDays")).isEqualTo(120.0);
              assertThat(e.evidence("meanGapDays")).isEqualTo(30.0);
              assertThat(e.evidence("repeatPurchases")).isEqualTo(5.0);
              assertThat(e.evidence("probability")).isCloseTo(Math.exp(-4), within(1e-15));
            });
  }

  @Test
  void gapWithinTheRhythmRaisesNothing() {
    ChangeDetector d = BehaviourChange.detector().build();

    assertThat(d.detect(monthly().build(), day(150 + 60))).isEmpty();
  }

  @Test
  void purchasesAfterTheAsOfDateAreIgnored() {
    ChangeDetector d = BehaviourChange.detector().build();
    CustomerHistory h = monthly().purchase(day(400), 50).build();

    assertThat(d.detect(h, day(270)))
        .extracting(CustomerEvent::type)
        .containsExactly(EventType.PURCHASE_RHYTHM_BREAK);
  }

  @Test
  void lowPAliveRaisesARhythmBreakEvenWithoutAKnownRhythm() {
    ChangeDetector d =
        BehaviourChange.detector()
            .aliveProbability(AliveProbability.fromScore(P_ALIVE), 0.3)
            .build();
    CustomerHistory h =
        CustomerHistory.builder(C1).purchase(day(0), 20).currentScore(P_ALIVE, 0.12).build();

    List<CustomerEvent> events = d.detect(h, day(200));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.labels()).containsEntry("trigger", "p-alive");
              assertThat(e.evidence())
                  .containsEntry("pAlive", 0.12)
                  .containsEntry("pAliveThreshold", 0.3)
                  .containsEntry("currentGapDays", 200.0);
            });
  }

  @Test
  void aHostModelCanBeWiredAsALambda() {
    AliveProbability model =
        (history, asOf) -> OptionalDouble.of(history.purchases() > 3 ? 0.9 : 0.1);
    ChangeDetector d = BehaviourChange.detector().aliveProbability(model, 0.5).build();

    assertThat(d.detect(monthly().build(), day(151))).isEmpty();
    assertThat(d.detect(CustomerHistory.builder(C1).purchase(day(0), 1).build(), day(1)))
        .extracting(CustomerEvent::type)
        .containsExactly(EventType.PURCHASE_RHYTHM_BREAK);
  }

  @Test
  void higherRecentSpendIsASpendShiftUp() {
    ChangeDetector d = BehaviourChange.detector().build();
    CustomerHistory h =
        CustomerHistory.builder(C1)
            .purchase(day(0), 50)
            .purchase(day(30), 55)
            .purchase(day(60), 45)
            .purchase(day(90), 52)
            .purchase(day(200), 120)
            .purchase(day(230), 130)
            .build();

    List<CustomerEvent> events = d.detect(h, day(240));

    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.SPEND_SHIFT);
              assertThat(e.time()).isEqualTo(day(230));
              assertThat(e.labels())
                  .containsEntry("direction", "up")
                  .containsEntry("window", "PT2160H");
              assertThat(e.evidence("recentMean")).isEqualTo(125.0);
              assertThat(e.evidence("baselineMean")).isEqualTo(50.5);
              assertThat(e.evidence("relativeChange")).isCloseTo(74.5 / 50.5, within(1e-12));
              assertThat(e.evidence("recentPurchases")).isEqualTo(2.0);
              assertThat(e.evidence("baselinePurchases")).isEqualTo(4.0);
              assertThat(e.evidence("welchT")).isGreaterThan(2.0);
            });
  }

  @Test
  void noisySmallChangeIsNoSpendShift() {
    ChangeDetector d = BehaviourChange.detector().spendShift(Duration.ofDays(90), 0.1, 2.0).build();
    CustomerHistory h =
        CustomerHistory.builder(C1)
            .purchase(day(0), 10)
            .purchase(day(30), 90)
            .purchase(day(60), 20)
            .purchase(day(90), 80)
            .purchase(day(200), 70)
            .purchase(day(230), 60)
            .build();

    assertThat(d.detect(h, day(240))).isEmpty();
  }

  @Test
  void scoreCrossingsFollowTheirDirection() {
    ScoreKey clv = ScoreKey.of("clv.value");
    ChangeDetector d =
        BehaviourChange.detector()
            .noSpendShift()
            .scoreCrossing(clv, 500, Crossing.DOWNWARD)
            .scoreCrossing(P_ALIVE, 0.5, Crossing.EITHER)
            .build();
    CustomerHistory h =
        CustomerHistory.builder(C1).score(clv, 620, 480).score(P_ALIVE, 0.4, 0.5).build();

    List<CustomerEvent> events = d.detect(h, day(10));

    assertThat(events)
        .extracting(e -> e.labels().get("score") + " " + e.labels().get("direction"))
        .containsExactlyInAnyOrder("clv.value downward", "clv.p_alive upward");
    assertThat(
            events.stream()
                .filter(e -> e.labels().get("score").equals("clv.value"))
                .findFirst()
                .orElseThrow()
                .evidence())
        .containsExactly(
            Map.entry("previous", 620.0),
            Map.entry("current", 480.0),
            Map.entry("threshold", 500.0));
    CustomerHistory up = CustomerHistory.builder(C1).score(clv, 400, 600).build();
    assertThat(d.detect(up, day(10))).isEmpty();
  }

  @Test
  void segmentMoveCarriesBothLabels() {
    ChangeDetector d = BehaviourChange.detector().build();
    CustomerHistory h = CustomerHistory.builder(C1).segment("Loyal", "At risk").build();

    assertThat(d.detect(h, day(5)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.SEGMENT_MOVE);
              assertThat(e.labels())
                  .containsExactly(Map.entry("from", "Loyal"), Map.entry("to", "At risk"));
            });
    assertThat(d.detect(CustomerHistory.builder(C1).segment("A", "A").build(), day(5))).isEmpty();
    assertThat(d.detect(CustomerHistory.builder(C1).segment(null, "A").build(), day(5))).isEmpty();
  }

  @Test
  void externalEventsUpToTheAsOfDateArePassedThroughInTimeOrder() {
    CustomerEvent complaint =
        CustomerEvent.external(
            C1, EventType.COMPLAINT, day(3), Map.of("channel", "phone"), Map.of());
    CustomerEvent move =
        CustomerEvent.external(C1, EventType.LIFE_EVENT, day(1), Map.of("kind", "moved"), Map.of());
    CustomerEvent later =
        CustomerEvent.external(C1, EventType.CLAIM, day(30), Map.of(), Map.of("amount", 900.0));
    CustomerHistory h =
        CustomerHistory.builder(C1).external(complaint).external(later).external(move).build();

    List<CustomerEvent> events = BehaviourChange.detector().build().detect(h, day(10));

    assertThat(events).containsExactly(move, complaint);
  }

  @Test
  void externalEventsMustBeExternalAndOfTheCustomer() {
    assertThatThrownBy(
            () -> CustomerEvent.external(C1, EventType.SPEND_SHIFT, T0, Map.of(), Map.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("event.type must be an external type");
    CustomerEvent other =
        CustomerEvent.external(CustomerId.of("C2"), EventType.CLAIM, T0, Map.of(), Map.of());
    assertThatThrownBy(() -> CustomerHistory.builder(C1).external(other))
        .hasMessage("event.customerId must be the history's customer, was <redacted>");
    assertThatThrownBy(
            () -> new CustomerEvent(C1, EventType.CLAIM, T0, Map.of(), Map.of("x", Double.NaN)))
        .hasMessage("event.evidence.x must be finite, was NaN");
  }

  @Test
  void detectAllStreamsEveryCustomersEvents() {
    List<CustomerHistory> histories = new ArrayList<>();
    histories.add(monthly().build());
    histories.add(CustomerHistory.builder(CustomerId.of("C2")).segment("A", "B").build());
    List<CustomerEvent> sink = new ArrayList<>();

    long n = BehaviourChange.detector().build().detectAll(histories, day(270), sink::add);

    assertThat(n).isEqualTo(2);
    assertThat(sink)
        .extracting(CustomerEvent::type)
        .containsExactly(EventType.PURCHASE_RHYTHM_BREAK, EventType.SEGMENT_MOVE);
  }

  @Test
  void unsortedPurchasesAreSortedByTime() {
    CustomerHistory h =
        CustomerHistory.builder(C1).purchase(day(10), 2).purchase(day(0), 1).build();

    assertThat(h.purchaseTime(0)).isEqualTo(day(0));
    assertThat(h.purchaseAmount(1)).isEqualTo(2.0);
  }
}
