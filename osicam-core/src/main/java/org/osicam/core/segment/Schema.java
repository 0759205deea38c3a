package org.osicam.core.segment;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osicam.core.model.ScoreKey;

/**
 * What a rule may refer to: typed attributes, score keys and event types. Rules are checked against
 * it when a {@link SegmentMap} or {@link TagSet} is built, so an unknown name or a wrong type fails
 * at once, naming the rule.
 *
 * <pre>{@code
 * Schema schema = Schema.builder()
 *     .attribute("age", AttributeType.NUMBER)
 *     .attribute("country", AttributeType.STRING)
 *     .attribute("last_purchase", AttributeType.DATE)
 *     .score(ScoreKey.of("rfm.r"))
 *     .event("purchase")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Schema {
  private final Map<String, AttributeType> attributes;
  private final Set<ScoreKey> scores;
  private final Set<String> events;

  private Schema(Builder b) {
    this.attributes = Collections.unmodifiableMap(new TreeMap<>(b.attributes));
    this.scores = Collections.unmodifiableSet(new TreeSet<>(b.scores));
    this.events = Collections.unmodifiableSet(new TreeSet<>(b.events));
  }

  /** Starts an empty schema. */
  public static Builder builder() {
    return new Builder();
  }

  /** Attribute names and their types, sorted by name. */
  public Map<String, AttributeType> attributes() {
    return attributes;
  }

  /** The declared score keys, sorted. */
  public Set<ScoreKey> scores() {
    return scores;
  }

  /** The declared event types, sorted. */
  public Set<String> events() {
    return events;
  }

  /**
   * The type of an attribute.
   *
   * @param name attribute name
   * @return its type, or empty when not declared
   */
  public Optional<AttributeType> type(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema s
        && attributes.equals(s.attributes)
        && scores.equals(s.scores)
        && events.equals(s.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, scores, events);
  }

  @Override
  public String toString() {
    return "Schema{attributes=" + attributes + ", scores=" + scores + ", events=" + events + "}";
  }

  /** Builds a {@link Schema}; not thread-safe. */
  public static final class Builder {
    private final Map<String, AttributeType> attributes = new TreeMap<>();
    private final Set<ScoreKey> scores = new TreeSet<>();
    private final Set<String> events = new TreeSet<>();

    private Builder() {}

    /**
     * Declares an attribute.
     *
     * @param name non-blank name
     * @param type its type
     * @return this builder
     * @throws IllegalStateException if the attribute is already declared
     */
    public Builder attribute(String name, AttributeType type) {
      Objects.requireNonNull(type, "type");
      if (attributes.putIfAbsent(Names.check(name, "attribute"), type) != null) {
        throw new IllegalStateException("attribute '" + name + "' is already declared");
      }
      return this;
    }

    /**
     * Declares a score key.
     *
     * @param key the key
     * @return this builder
     * @throws IllegalStateException if the key is already declared
     */
    public Builder score(ScoreKey key) {
      if (!scores.add(Objects.requireNonNull(key, "key"))) {
        throw new IllegalStateException("score '" + key + "' is already declared");
      }
      return this;
    }

    /**
     * Declares an event type (for event counts in a window).
     *
     * @param type non-blank name such as {@code "purchase"}
     * @return this builder
     * @throws IllegalStateException if the type is already declared
     */
    public Builder event(String type) {
      if (!events.add(Names.check(type, "event"))) {
        throw new IllegalStateException("event '" + type + "' is already declared");
      }
      return this;
    }

    /** Returns the schema; the builder can be reused. */
    public Schema build() {
      return new Schema(this);
    }
  }
}
