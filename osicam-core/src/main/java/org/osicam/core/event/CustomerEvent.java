package org.osicam.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;

/**
 * A significant event in one customer's relationship, with the evidence behind it.
 *
 * <pre>{@code
 * CustomerEvent complaint = CustomerEvent.external(CustomerId.of("C1"), EventType.COMPLAINT,
 *     Instant.parse("2024-05-02T09:30:00Z"), Map.of("channel", "phone"), Map.of("severity", 2.0));
 * }</pre>
 *
 * <p>Evidence holds the numbers that triggered a detected event (for a rhythm break: the current
 * gap, the customer's mean gap and the probability of so long a gap); labels hold short texts such
 * as the segments before and after a move. Both keep their insertion order. Neither may hold
 * personal data. Record equality compares evidence values with {@link Double#equals}.
 *
 * @param customerId the customer
 * @param type what happened
 * @param time when it happened (for a detected event: when it was detected, or the purchase that
 *     revealed it)
 * @param labels short named texts (copied, insertion-ordered, unmodifiable)
 * @param evidence named finite numbers behind the event (copied, insertion-ordered, unmodifiable)
 */
public record CustomerEvent(
    CustomerId customerId,
    EventType type,
    Instant time,
    Map<String, String> labels,
    Map<String, Double> evidence) {

  /** Validates and copies. */
  public CustomerEvent {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    labels = copy(Objects.requireNonNull(labels, "labels"));
    evidence = copy(Objects.requireNonNull(evidence, "evidence"));
    for (Map.Entry<String, Double> e : evidence.entrySet()) {
      if (!Double.isFinite(e.getValue())) {
        throw new InvalidDataException(
            "event.evidence." + e.getKey(), "finite", String.valueOf(e.getValue()));
      }
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    Map<String, V> copy = new LinkedHashMap<>();
    for (Map.Entry<String, V> e : map.entrySet()) {
      copy.put(
          Objects.requireNonNull(e.getKey(), "key"), Objects.requireNonNull(e.getValue(), "value"));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An event supplied by the host application (a life event, a payment incident, a claim, a
   * complaint).
   *
   * @param customerId the customer
   * @param type an external type ({@link EventType#external()})
   * @param time when it happened
   * @param labels short texts such as the kind of life event; no personal data
   * @param evidence numbers such as an amount or a severity
   * @return the event
   * @throws InvalidDataException if {@code type} is a detected type
   */
  public static CustomerEvent external(
      CustomerId customerId,
      EventType type,
      Instant time,
      Map<String, String> labels,
      Map<String, Double> evidence) {
    if (!type.external()) {
      throw new InvalidDataException(
          "event.type",
          "an external type (LIFE_EVENT, PAYMENT_INCIDENT, CLAIM, COMPLAINT)",
          type.name());
    }
    return new CustomerEvent(customerId, type, time, labels, evidence);
  }

  /**
   * One evidence value.
   *
   * @param name the evidence name
   * @return the value
   * @throws java.util.NoSuchElementException if the event has no such evidence
   */
  public double evidence(String name) {
    Double v = evidence.get(name);
    if (v == null) {
      throw new java.util.NoSuchElementException("no evidence named " + name);
    }
    return v;
  }
}
