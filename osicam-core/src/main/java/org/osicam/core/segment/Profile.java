package org.osicam.core.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

/**
 * What segment rules see of one customer: typed attributes by name, score values by key, and the
 * dates of events by type (for "at least 2 purchases in the last 90 days"). Hosts implement it over
 * their own objects or use {@link #builder(CustomerId)}.
 *
 * <pre>{@code
 * Profile p = Profile.builder(CustomerId.of("C1"))
 *     .attribute("age", 42)
 *     .attribute("country", "FR")
 *     .attribute("last_purchase", LocalDate.of(2024, 3, 1))
 *     .score(ScoreKey.of("rfm.r"), 5)
 *     .event("purchase", LocalDate.of(2024, 3, 1))
 *     .build();
 * }</pre>
 */
public interface Profile {

  /** The customer. */
  CustomerId id();

  /**
   * The value of an attribute: a {@link Number} (read as {@code double}), a {@link String}, a
   * {@link Boolean} or a {@link LocalDate}, matching the attribute's {@link AttributeType}.
   *
   * @param name attribute name
   * @return the value, or {@code null} when the customer has none
   */
  @Nullable Object attribute(String name);

  /**
   * A score value.
   *
   * @param key the score key
   * @return the value, or empty when the customer has no such score
   */
  OptionalDouble score(ScoreKey key);

  /**
   * The dates of this customer's events of one type, in any order (dates after the as-of date are
   * ignored by rules).
   *
   * @param type event type, e.g. {@code "purchase"}
   * @return the dates, empty when none
   */
  List<LocalDate> events(String type);

  /**
   * Starts a profile held in memory.
   *
   * @param id the customer
   * @return a builder
   */
  static Builder builder(CustomerId id) {
    return new Builder(id);
  }

  /**
   * Types a text value the way the CLI reads extra CSV columns: a finite number when it parses as
   * one, {@code true}/{@code false} (any case) as a boolean, an ISO date ({@code 2024-03-01}) as a
   * date, anything else as text; blank gives {@code null}.
   *
   * @param text raw text
   * @return the typed value, or {@code null} for blank text
   */
  static @Nullable Object parseValue(@Nullable String text) {
    return Values.parse(text);
  }

  /** Builds an immutable in-memory {@link Profile}; not thread-safe. */
  final class Builder {
    private final CustomerId id;
    private final Map<String, Object> attributes = new TreeMap<>();
    private final Map<ScoreKey, Double> scores = new TreeMap<>();
    private final Map<String, List<LocalDate>> events = new HashMap<>();

    private Builder(CustomerId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * Sets an attribute.
     *
     * @param name attribute name
     * @param value a Number, String, Boolean or LocalDate
     * @return this builder
     * @throws InvalidDataException if the value is of another type or a non-finite number
     */
    public Builder attribute(String name, Object value) {
      Names.check(name, "attribute");
      Objects.requireNonNull(value, name);
      if (value instanceof Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
          throw new InvalidDataException("attribute " + name, "finite", Double.toString(d));
        }
        attributes.put(name, d);
      } else if (value instanceof String
          || value instanceof Boolean
          || value instanceof LocalDate) {
        attributes.put(name, value);
      } else {
        throw new InvalidDataException(
            "attribute " + name,
            "a Number, String, Boolean or LocalDate",
            value.getClass().getSimpleName());
      }
      return this;
    }

    /**
     * Sets a score.
     *
     * @param key score key
     * @param value finite value
     * @return this builder
     * @throws InvalidDataException if the value is not finite
     */
    public Builder score(ScoreKey key, double value) {
      Objects.requireNonNull(key, "key");
      if (!Double.isFinite(value)) {
        throw new InvalidDataException("score " + key, "finite", Double.toString(value));
      }
      scores.put(key, value);
      return this;
    }

    /**
     * Adds one event.
     *
     * @param type event type
     * @param date its date
     * @return this builder
     */
    public Builder event(String type, LocalDate date) {
      Names.check(type, "event");
      Objects.requireNonNull(date, "date");
      events.computeIfAbsent(type, t -> new ArrayList<>()).add(date);
      return this;
    }

    /** Returns the profile; the builder can be reused. */
    public Profile build() {
      Map<String, List<LocalDate>> copy = new TreeMap<>();
      events.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new MemoryProfile(id, Map.copyOf(attributes), Map.copyOf(scores), Map.copyOf(copy));
    }
  }
}
