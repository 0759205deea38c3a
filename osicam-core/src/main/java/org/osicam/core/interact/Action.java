package org.osicam.core.interact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Purpose;

/**
 * An offer or message of the catalogue.
 *
 * <pre>{@code
 * Action spring = Action.builder("spring-sale")
 *     .channels(Channel.EMAIL, Channel.SMS)         // in order of preference
 *     .purpose(Purpose.MARKETING)
 *     .segments("Champions", "Loyal")               // optional: only these segments
 *     .value(ExpectedValue.attribute("margin"))     // or a constant, a score, a product
 *     .cost(0.05)
 *     .conflictGroup("spring-offers")
 *     .controlShare(0.1)
 *     .build();
 * }</pre>
 *
 * @param id unique id in the catalogue
 * @param channels the channels it can go out on, in order of preference (the customer's learned
 *     preferred channel is tried first when it is one of them); at least one
 * @param purpose marketing (needs consent, counts for pressure) or service (exempt)
 * @param segments the segments it is limited to; empty for every customer
 * @param eligibility an additional rule, or {@code null}
 * @param value the expected value for a customer
 * @param cost the cost of one contact, 0 or more
 * @param conflictGroup the conflict group, or {@code null}
 * @param controlShare the share of chosen customers held out as control, in {@code [0, 1)}
 */
public record Action(
    String id,
    List<Channel> channels,
    Purpose purpose,
    Set<String> segments,
    @Nullable Eligibility eligibility,
    ExpectedValue value,
    double cost,
    @Nullable String conflictGroup,
    double controlShare) {

  /** Validates; messages name the action. */
  public Action {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new InvalidDataException("action.id", "non-blank", "\"" + id + "\"");
    }
    String f = "action[" + id + "]";
    channels = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(channels, f + ".channels")));
    if (channels.isEmpty()) {
      throw new InvalidDataException(f + ".channels", "at least one channel", "[]");
    }
    Objects.requireNonNull(purpose, f + ".purpose");
    segments = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(segments, f)));
    Objects.requireNonNull(value, f + ".value");
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      throw new InvalidDataException(
          f + ".cost", "a finite number, 0 or more", Numbers.format(cost));
    }
    if (!(controlShare >= 0 && controlShare < 1)) {
      throw new InvalidDataException(
          f + ".controlShare", "in [0, 1)", Numbers.format(controlShare));
    }
    if (conflictGroup != null && conflictGroup.isBlank()) {
      throw new InvalidDataException(f + ".conflictGroup", "non-blank", "\"\"");
    }
  }

  /**
   * Starts an action.
   *
   * @param id unique id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The conflict group, or empty. */
  public Optional<String> conflictGroupIfAny() {
    return Optional.ofNullable(conflictGroup);
  }

  /** The eligibility rule, or empty. */
  public Optional<Eligibility> eligibilityIfAny() {
    return Optional.ofNullable(eligibility);
  }

  /**
   * Builds an {@link Action}; each option may be set once. Defaults: marketing, every segment, no
   * rule, value 0, cost 0, no conflict group, no control group.
   */
  public static final class Builder {
    private final String id;
    private @Nullable List<Channel> channels;
    private @Nullable Purpose purpose;
    private @Nullable Set<String> segments;
    private @Nullable Eligibility eligibility;
    private @Nullable ExpectedValue value;
    private @Nullable Double cost;
    private @Nullable String conflictGroup;
    private @Nullable Double controlShare;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    private static void once(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
    }

    /**
     * @param values channels in order of preference
     * @return this builder
     */
    public Builder channels(Channel... values) {
      once(channels, "channels");
      List<Channel> list = new ArrayList<>();
      for (Channel c : values) {
        list.add(Objects.requireNonNull(c, "channel"));
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException("channels must not be empty");
      }
      channels = list;
      return this;
    }

    /**
     * @param value the purpose
     * @return this builder
     */
    public Builder purpose(Purpose value) {
      once(purpose, "purpose");
      purpose = Objects.requireNonNull(value, "purpose");
      return this;
    }

    /**
     * @param values segment names the action is limited to
     * @return this builder
     */
    public Builder segments(String... values) {
      once(segments, "segments");
      Set<String> set = new TreeSet<>();
      for (String s : values) {
        set.add(Objects.requireNonNull(s, "segment"));
      }
      segments = set;
      return this;
    }

    /**
     * @param value the eligibility rule
     * @return this builder
     */
    public Builder eligibility(Eligibility value) {
      once(eligibility, "eligibility");
      eligibility = Objects.requireNonNull(value, "eligibility");
      return this;
    }

    /**
     * @param value the expected value
     * @return this builder
     */
    public Builder value(ExpectedValue value) {
      once(this.value, "value");
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * @param value a constant expected value
     * @return this builder
     */
    public Builder value(double value) {
      return value(ExpectedValue.constant(value));
    }

    /**
     * @param value cost per contact, 0 or more
     * @return this builder
     */
    public Builder cost(double value) {
      once(cost, "cost");
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("cost must be finite and 0 or more, was " + value);
      }
      cost = value;
      return this;
    }

    /**
     * @param value conflict group name
     * @return this builder
     */
    public Builder conflictGroup(String value) {
      once(conflictGroup, "conflictGroup");
      conflictGroup = Objects.requireNonNull(value, "conflictGroup");
      return this;
    }

    /**
     * @param value share held out as control, in [0, 1)
     * @return this builder
     */
    public Builder controlShare(double value) {
      once(controlShare, "controlShare");
      if (!(value >= 0 && value < 1)) {
        throw new IllegalArgumentException("controlShare must be in [0, 1), was " + value);
      }
      controlShare = value;
      return this;
    }

    /**
     * @return the action
     * @throws IllegalStateException if no channel was set
     */
    public Action build() {
      if (channels == null) {
        throw new IllegalStateException("action " + id + ": channels were not set");
      }
      return new Action(
          id,
          channels,
          purpose == null ? Purpose.MARKETING : purpose,
          segments == null ? Set.of() : segments,
          eligibility,
          value == null ? ExpectedValue.constant(0) : value,
          cost == null ? 0 : cost,
          conflictGroup,
          controlShare == null ? 0 : controlShare);
    }
  }
}
