package org.osicam.scoring.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.event.EventType;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

class ChangeDetectorPropertiesTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final ScoreKey KEY = ScoreKey.of("clv.p_alive");

  @Property(tries = 300)
  void eventsAreTheCustomersAreNotAfterTheAsOfDateAndCarryFiniteEvidence(
      @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 720) Integer> days,
      @ForAll @Size(max = 15) List<@DoubleRange(min = 0.5, max = 500) Double> amounts,
      @ForAll @DoubleRange(min = 0, max = 1) double previous,
      @ForAll @DoubleRange(min = 0, max = 1) double current,
      @ForAll @IntRange(min = 0, max = 900) int asOfDay) {
    CustomerHistory.Builder b = CustomerHistory.builder(CustomerId.of("C1"));
    for (int i = 0; i < Math.min(days.size(), amounts.size()); i++) {
      b.purchase(T0.plusSeconds(86_400L * days.get(i)), amounts.get(i));
    }
    b.score(KEY, previous, current);
    ChangeDetector d =
        BehaviourChange.detector()
            .aliveProbability(AliveProbability.fromScore(KEY), 0.3)
            .scoreCrossing(KEY, 0.5, Crossing.EITHER)
            .build();
    Instant asOf = T0.plusSeconds(86_400L * asOfDay);

    List<CustomerEvent> events = d.detect(b.build(), asOf);

    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.customerId()).isEqualTo(CustomerId.of("C1"));
              assertThat(e.time()).isBeforeOrEqualTo(asOf);
              assertThat(e.evidence().values()).allMatch(Double::isFinite);
            });
    boolean crossed = (previous >= 0.5) != (current >= 0.5);
    assertThat(events.stream().filter(e -> e.type() == EventType.SCORE_CROSSED).count())
        .isEqualTo(crossed ? 1 : 0);
    assertThat(events).isSortedAccordingTo((x, y) -> x.time().compareTo(y.time()));
  }
}
