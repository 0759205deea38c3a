package org.osicam.core.event;

import java.time.Instant;
import java.util.Arrays;
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
    labels = OrderedMap.copyOf(Objects.requireNonNull(labels, "labels"));
    boolean checked = evidence instanceof OrderedMap<?>;
    evidence = OrderedMap.copyOf(Objects.requireNonNull(evidence, "evidence"));
    if (!checked) {
      for (Map.Entry<String, Double> e : evidence.entrySet()) {
        if (!Double.isFinite(e.getValue())) {
          throw new InvalidDataException(
              "event.evidence." + e.getKey(), "finite", String.valueOf(e.getValue()));
        }
      }
    }
  }

  /**
   * A builder, the cheapest way for a detector to make an event.
   *
   * <pre>{@code
   * CustomerEvent e = CustomerEvent.builder(customer, EventType.SPEND_SHIFT, when)
   *     .label("direction", "up").evidence("recentMean", 125.0).build();
   * }</pre>
   *
   * @param customerId the customer
   * @param type what happened
   * @param time when
   * @return the builder
   */
  public static Builder builder(CustomerId customerId, EventType type, Instant time) {
    return new Builder(customerId, type, time);
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

  /** Builds a {@link CustomerEvent}; not thread-safe, single use. */
  public static final class Builder {
    private final CustomerId customerId;
    private final EventType type;
    private final Instant time;
    private String[] labelKeys = new String[2];
    private Object[] labelValues = new Object[2];
    private int labels;
    private String[] evidenceKeys = new String[6];
    private Object[] evidenceValues = new Object[6];
    private int evidence;
    private boolean built;

    private Builder(CustomerId customerId, EventType type, Instant time) {
      this.customerId = Objects.requireNonNull(customerId, "customerId");
      this.type = Objects.requireNonNull(type, "type");
      this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * Adds a label.
     *
     * @param name a name not used yet
     * @param value the text (no personal data)
     * @return this builder
     * @throws IllegalArgumentException if the name is already used
     */
    public Builder label(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      checkNew(labelKeys, labels, name);
      if (labels == labelKeys.length) {
        labelKeys = Arrays.copyOf(labelKeys, labels * 2);
        labelValues = Arrays.copyOf(labelValues, labels * 2);
      }
      labelKeys[labels] = name;
      labelValues[labels++] = value;
      return this;
    }

    /**
     * Adds an evidence value.
     *
     * @param name a name not used yet
     * @param value a finite number
     * @return this builder
     * @throws IllegalArgumentException if the name is already used
     * @throws InvalidDataException if the value is not finite
     */
    public Builder evidence(String name, double value) {
      Objects.requireNonNull(name, "name");
      if (!Double.isFinite(value)) {
        throw new InvalidDataException("event.evidence." + name, "finite", String.valueOf(value));
      }
      checkNew(evidenceKeys, evidence, name);
      if (evidence == evidenceKeys.length) {
        evidenceKeys = Arrays.copyOf(evidenceKeys, evidence * 2);
        evidenceValues = Arrays.copyOf(evidenceValues, evidence * 2);
      }
      evidenceKeys[evidence] = name;
      evidenceValues[evidence++] = value;
      return this;
    }

    private static void checkNew(String[] keys, int size, String name) {
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(name)) {
          throw new IllegalArgumentException("name must be new, was " + name);
        }
      }
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException if called twice
     */
    public CustomerEvent build() {
      if (built) {
        throw new IllegalStateException("build() was already called");
      }
      built = true;
      return new CustomerEvent(
          customerId,
          type,
          time,
          OrderedMap.wrap(labelKeys, labelValues, labels),
          OrderedMap.wrap(evidenceKeys, evidenceValues, evidence));
    }
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
