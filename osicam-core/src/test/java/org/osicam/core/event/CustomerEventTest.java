package org.osicam.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

class CustomerEventTest {
  private static final CustomerId C1 = CustomerId.of("C1");
  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void builderAndConstructorGiveEqualEventsWithOrderedMaps() {
    CustomerEvent built =
        CustomerEvent.builder(C1, EventType.SPEND_SHIFT, T)
            .label("direction", "up")
            .evidence("recentMean", 125.0)
            .evidence("baselineMean", 50.5)
            .build();
    Map<String, Double> evidence = new LinkedHashMap<>();
    evidence.put("recentMean", 125.0);
    evidence.put("baselineMean", 50.5);

    CustomerEvent made =
        new CustomerEvent(C1, EventType.SPEND_SHIFT, T, Map.of("direction", "up"), evidence);

    assertThat(built).isEqualTo(made).hasSameHashCodeAs(made);
    assertThat(built.evidence().keySet()).containsExactly("recentMean", "baselineMean");
    assertThat(built.evidence("baselineMean")).isEqualTo(50.5);
    assertThat(built.labels()).containsExactly(Map.entry("direction", "up"));
    assertThat(built.toString()).contains("recentMean=125.0");
  }

  @Test
  void mapsAreCopiedAndUnmodifiable() {
    Map<String, Double> evidence = new LinkedHashMap<>();
    evidence.put("x", 1.0);
    CustomerEvent e = new CustomerEvent(C1, EventType.CLAIM, T, Map.of(), evidence);
    evidence.put("y", 2.0);

    assertThat(e.evidence()).containsOnlyKeys("x");
    assertThatThrownBy(() -> e.evidence().put("z", 3.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.evidence().entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badValuesAreRejected() {
    assertThatThrownBy(
            () -> CustomerEvent.builder(C1, EventType.CLAIM, T).evidence("amount", Double.NaN))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("event.evidence.amount must be finite, was NaN");
    assertThatThrownBy(
            () -> CustomerEvent.builder(C1, EventType.CLAIM, T).label("a", "1").label("a", "2"))
        .hasMessage("name must be new, was a");
    assertThatThrownBy(() -> e().evidence("missing")).hasMessage("no evidence named missing");
  }

  @Test
  void externalTypesAreTheHostsOnes() {
    assertThat(EventType.COMPLAINT.external()).isTrue();
    assertThat(EventType.SEGMENT_MOVE.external()).isFalse();
    assertThat(
            CustomerEvent.external(
                    C1, EventType.PAYMENT_INCIDENT, T, Map.of(), Map.of("amount", 30.0))
                .type())
        .isEqualTo(EventType.PAYMENT_INCIDENT);
  }

  private static CustomerEvent e() {
    return CustomerEvent.builder(C1, EventType.CLAIM, T).build();
  }
}
