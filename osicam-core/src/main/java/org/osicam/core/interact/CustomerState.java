package org.osicam.core.interact;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.Customer;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.Score;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.Profile;

/**
 * What the interaction policy knows of one customer at decision time: segment, time zone, typed
 * attributes, scores, consents, contact history, do-not-contact entries, a customer-chosen pause
 * and the learned preferred channel. Immutable and thread-safe.
 *
 * <pre>{@code
 * CustomerState c = CustomerState.builder(CustomerId.of("C1"))
 *     .segment("Champions").timeZone(ZoneId.of("Europe/Paris"))
 *     .attribute("margin", 12.5)
 *     .consent(new Consent(id, Purpose.MARKETING, Channel.EMAIL, true, granted, null))
 *     .build();
 * // or from the knowledge base:
 * CustomerState fromKb = CustomerState.from(kb, CustomerId.of("C1"), asOf, Duration.ofDays(90));
 * }</pre>
 */
public final class CustomerState {
  /** The score key under which the feed stores the learned preferred channel (as its label). */
  public static final ScoreKey PREFERRED_CHANNEL = ScoreKey.of("interact.preferred_channel");

  private final CustomerId id;
  private final @Nullable String segment;
  private final ZoneId timeZone;
  private final Map<String, Object> attributes;
  private final Map<String, Double> scores;
  private final List<Consent> consents;
  private final List<Interaction> history;
  private final List<DoNotContact> doNotContact;
  private final @Nullable Instant pauseFrom;
  private final @Nullable Instant pauseUntil;
  private final @Nullable Channel preferredChannel;

  private CustomerState(Builder b) {
    this.id = b.id;
    this.segment = b.segment;
    this.timeZone = b.timeZone;
    this.attributes = Map.copyOf(b.attributes);
    this.scores = Map.copyOf(b.scores);
    this.consents = List.copyOf(b.consents);
    this.history = List.copyOf(b.history);
    this.doNotContact = List.copyOf(b.doNotContact);
    this.pauseFrom = b.pauseFrom;
    this.pauseUntil = b.pauseUntil;
    this.preferredChannel = b.preferredChannel;
  }

  /**
   * Starts a state.
   *
   * @param id the customer
   * @return a builder (UTC, no segment, no data)
   */
  public static Builder builder(CustomerId id) {
    return new Builder(id);
  }

  /**
   * Reads a customer's state from the knowledge base: attributes (typed as numbers, booleans and
   * ISO dates where they parse, see {@link Profile#parseValue(String)}), the {@code segment} and
   * {@code time_zone} attributes, {@code pause_from}/{@code pause_until} (ISO instants or dates),
   * scores (the label of {@link #PREFERRED_CHANNEL} gives the preferred channel), every consent,
   * and the interactions of the {@code lookback} before {@code asOf}.
   *
   * @param kb the knowledge base
   * @param id the customer
   * @param asOf decision time
   * @param lookback how far back the contact history is read (the longest cap or conflict window)
   * @return the state
   * @throws java.util.NoSuchElementException if the customer is unknown
   */
  public static CustomerState from(
      CustomerKnowledgeBase kb, CustomerId id, Instant asOf, Duration lookback) {
    Customer customer =
        kb.customer(id)
            .orElseThrow(() -> new java.util.NoSuchElementException("no customer " + id));
    Builder b = builder(id);
    customer
        .attributes()
        .forEach(
            (k, v) -> {
              switch (k) {
                case "segment" -> b.segment(v);
                case "time_zone" -> b.timeZone(zone(v, "customer " + id.value() + ".time_zone"));
                case "pause_from" -> b.pauseFrom = instant(v, "pause_from");
                case "pause_until" -> b.pauseUntil = instant(v, "pause_until");
                default -> {
                  Object typed = Profile.parseValue(v);
                  if (typed != null) {
                    b.attribute(k, typed);
                  }
                }
              }
            });
    for (Score s : kb.scores(id).values()) {
      b.scores.put(s.key().name(), s.value());
      if (s.key().equals(PREFERRED_CHANNEL) && s.label() != null) {
        try {
          b.preferredChannel = Channel.parse(s.label());
        } catch (InvalidDataException e) {
          // an unknown label is ignored: no preference
        }
      }
    }
    b.consents.addAll(kb.consents(id));
    Instant from = asOf.minus(lookback);
    b.history.addAll(kb.interactions(id, from, asOf.plusNanos(1)));
    return b.build();
  }

  private static @Nullable Instant instant(String v, String field) {
    try {
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(v);
    } catch (DateTimeException e) {
      throw new InvalidDataException(field, "an ISO date or instant", v);
    }
  }

  /**
   * Parses an IANA time-zone id.
   *
   * @param text e.g. {@code "Europe/Paris"}
   * @param field the field name for the error
   * @return the zone
   * @throws InvalidDataException naming the field if it is not a known zone
   */
  static ZoneId zone(String text, String field) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new InvalidDataException(field, "an IANA time zone such as Europe/Paris", text);
    }
  }

  /** The customer. */
  public CustomerId id() {
    return id;
  }

  /** The segment (or relational-matrix cell), or empty. */
  public Optional<String> segment() {
    return Optional.ofNullable(segment);
  }

  @Nullable String segmentOrNull() {
    return segment;
  }

  /** The customer's time zone (UTC when unknown). */
  public ZoneId timeZone() {
    return timeZone;
  }

  /**
   * Attributes by name: {@link Double} for numbers, else {@link String}, {@link Boolean} or {@link
   * java.time.LocalDate} as given.
   */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /**
   * @param name attribute name (or score key name)
   * @return the numeric attribute, else the score of that name, else empty
   */
  public OptionalDouble number(String name) {
    Object o = attributes.get(name);
    if (o instanceof Number n) {
      return OptionalDouble.of(n.doubleValue());
    }
    Double s = scores.get(name);
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  @Nullable Double scoreByName(String name) {
    return scores.get(name);
  }

  /** Score values by key name. */
  public Map<String, Double> scores() {
    return scores;
  }

  /** Every consent row of the customer, in any order. */
  public List<Consent> consents() {
    return consents;
  }

  /** The contact history the policy looks at, in any order. */
  public List<Interaction> history() {
    return history;
  }

  /** Do-not-contact entries. */
  public List<DoNotContact> doNotContact() {
    return doNotContact;
  }

  /** Start of a customer-chosen pause, or empty. */
  public Optional<Instant> pauseFrom() {
    return Optional.ofNullable(pauseFrom);
  }

  /** End (exclusive) of a customer-chosen pause, or empty. */
  public Optional<Instant> pauseUntil() {
    return Optional.ofNullable(pauseUntil);
  }

  @Nullable Instant pauseFromOrNull() {
    return pauseFrom;
  }

  @Nullable Instant pauseUntilOrNull() {
    return pauseUntil;
  }

  /** The channel the customer responds on, learned by the feed, or empty. */
  public Optional<Channel> preferredChannel() {
    return Optional.ofNullable(preferredChannel);
  }

  @Nullable Channel preferredChannelOrNull() {
    return preferredChannel;
  }

  /** A copy with more interactions in the history (used by the real-time decider). */
  CustomerState withHistory(List<Interaction> more) {
    if (more.isEmpty()) {
      return this;
    }
    Builder b = toBuilder();
    b.history.addAll(more);
    return b.build();
  }

  /** A builder holding this state. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.segment = segment;
    b.timeZone = timeZone;
    b.attributes.putAll(attributes);
    b.scores.putAll(scores);
    b.consents.addAll(consents);
    b.history.addAll(history);
    b.doNotContact.addAll(doNotContact);
    b.pauseFrom = pauseFrom;
    b.pauseUntil = pauseUntil;
    b.preferredChannel = preferredChannel;
    return b;
  }

  @Override
  public String toString() {
    return "CustomerState[" + id.value() + "]"; // ids only, never personal values
  }

  /** Collects a {@link CustomerState}; not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {
    private final CustomerId id;
    private @Nullable String segment;
    private ZoneId timeZone = ZoneOffset.UTC;
    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final List<Consent> consents = new ArrayList<>();
    private final List<Interaction> history = new ArrayList<>();
    private final List<DoNotContact> doNotContact = new ArrayList<>();
    private @Nullable Instant pauseFrom;
    private @Nullable Instant pauseUntil;
    private @Nullable Channel preferredChannel;

    private Builder(CustomerId id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * @param value segment name or matrix cell
     * @return this builder
     */
    public Builder segment(String value) {
      segment = Objects.requireNonNull(value, "segment");
      return this;
    }

    /**
     * @param value the customer's time zone
     * @return this builder
     */
    public Builder timeZone(ZoneId value) {
      timeZone = Objects.requireNonNull(value, "timeZone");
      return this;
    }

    /**
     * @param name attribute name
     * @param value a finite number
     * @return this builder
     */
    public Builder attribute(String name, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidDataException("attribute " + name, "finite", Double.toString(value));
      }
      attributes.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * @param name attribute name
     * @param value a {@link Number} (stored as a double) or any other value (stored as is)
     * @return this builder
     */
    public Builder attribute(String name, Object value) {
      Objects.requireNonNull(value, name);
      if (value instanceof Number n) {
        return attribute(name, n.doubleValue());
      }
      attributes.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * @param key score key
     * @param value finite value
     * @return this builder
     */
    public Builder score(ScoreKey key, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidDataException("score " + key, "finite", Double.toString(value));
      }
      scores.put(key.name(), value);
      return this;
    }

    /**
     * @param value a consent row of this customer
     * @return this builder
     */
    public Builder consent(Consent value) {
      consents.add(Objects.requireNonNull(value, "consent"));
      return this;
    }

    /**
     * @param value a past interaction of this customer
     * @return this builder
     */
    public Builder interaction(Interaction value) {
      history.add(Objects.requireNonNull(value, "interaction"));
      return this;
    }

    /**
     * @param value a do-not-contact entry
     * @return this builder
     */
    public Builder doNotContact(DoNotContact value) {
      doNotContact.add(Objects.requireNonNull(value, "doNotContact"));
      return this;
    }

    /**
     * A customer-chosen pause: no marketing contact in {@code [from, until)}.
     *
     * @param from start
     * @param until end, after {@code from}
     * @return this builder
     */
    public Builder pause(Instant from, Instant until) {
      if (!until.isAfter(from)) {
        throw new InvalidDataException("pause.until", "after pause.from " + from, until.toString());
      }
      pauseFrom = from;
      pauseUntil = until;
      return this;
    }

    /**
     * @param value the channel the customer prefers
     * @return this builder
     */
    public Builder preferredChannel(Channel value) {
      preferredChannel = Objects.requireNonNull(value, "preferredChannel");
      return this;
    }

    /** The state. */
    public CustomerState build() {
      return new CustomerState(this);
    }
  }
}
