package org.osicam.core.interact;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Channel;

/**
 * What the host knows at decision time that the knowledge base does not: the time, the channels
 * available in this request (e.g. only {@code web} on a page view), request attributes that
 * eligibility rules and values may read, and a segment override.
 *
 * <pre>{@code
 * DecisionContext ctx = DecisionContext.builder().channels(Channel.WEB).attribute("page", "checkout").build();
 * Decision d = decider.decide(CustomerId.of("C1"), ctx);
 * }</pre>
 */
public final class DecisionContext {
  private static final DecisionContext NOW = builder().build();

  private final @Nullable Instant at;
  private final Set<Channel> channels;
  private final Map<String, Object> attributes;
  private final @Nullable String segment;

  private DecisionContext(Builder b) {
    this.at = b.at;
    this.channels = Collections.unmodifiableSet(EnumSet.copyOf(b.channels));
    this.attributes = Map.copyOf(b.attributes);
    this.segment = b.segment;
  }

  /** Every channel, the decider's clock, no extra attribute. */
  public static DecisionContext now() {
    return NOW;
  }

  /** Starts a context. */
  public static Builder builder() {
    return new Builder();
  }

  /** The decision time, or empty for the decider's clock. */
  public Optional<Instant> at() {
    return Optional.ofNullable(at);
  }

  /** The channels the action may use. */
  public Set<Channel> channels() {
    return channels;
  }

  /** Extra attributes, merged over the customer's own. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** A segment that replaces the customer's, or empty. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  int channelMask() {
    int m = 0;
    for (Channel c : channels) {
      m |= 1 << c.ordinal();
    }
    return m;
  }

  /** Builds a {@link DecisionContext}; not thread-safe. */
  public static final class Builder {
    private @Nullable Instant at;
    private Set<Channel> channels = EnumSet.allOf(Channel.class);
    private final Map<String, Object> attributes = new HashMap<>();
    private @Nullable String segment;

    private Builder() {}

    /**
     * @param value the decision time
     * @return this builder
     */
    public Builder at(Instant value) {
      at = Objects.requireNonNull(value, "at");
      return this;
    }

    /**
     * @param values the channels available (at least one)
     * @return this builder
     */
    public Builder channels(Channel... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("channels must not be empty");
      }
      Set<Channel> set = EnumSet.noneOf(Channel.class);
      for (Channel c : values) {
        set.add(Objects.requireNonNull(c, "channel"));
      }
      channels = set;
      return this;
    }

    /**
     * @param name attribute name
     * @param value a number or a text
     * @return this builder
     */
    public Builder attribute(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, name);
      attributes.put(name, value instanceof Number n ? (Object) n.doubleValue() : value);
      return this;
    }

    /**
     * @param value a segment that replaces the customer's
     * @return this builder
     */
    public Builder segment(String value) {
      segment = Objects.requireNonNull(value, "segment");
      return this;
    }

    /** The context. */
    public DecisionContext build() {
      return new DecisionContext(this);
    }
  }
}
