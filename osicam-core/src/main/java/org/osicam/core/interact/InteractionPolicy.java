package org.osicam.core.interact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.model.Channel;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.Schema;

/**
 * The interaction policy: the action catalogue and the rules every contact obeys (consent, contact
 * pressure, quiet hours, coherence, capacities, control groups, event triggers). Immutable and
 * thread-safe; build it once and share it.
 *
 * <pre>{@code
 * InteractionPolicy policy = InteractionPolicy.builder()
 *     .action(Action.builder("spring-sale").channels(Channel.EMAIL).value(12).cost(0.05)
 *         .controlShare(0.1).build())
 *     .pressure(PressureCap.of(Channel.EMAIL, 2, Duration.ofDays(7)))
 *     .pressure(PressureCap.anyChannel(4, Duration.ofDays(30)))
 *     .quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
 *     .capacity(Channel.PHONE, 100)
 *     .seed(42)
 *     .build();
 * Plan plan = policy.planner().plan(customers, asOf);               // batch
 * Decision d = policy.decider(kb).build().decide(CustomerId.of("C1")); // real time
 * }</pre>
 *
 * <p>How a decision is made, for each customer: every action is checked against, in order, its
 * segments, eligibility rule and value ({@code eligibility}), consent and do-not-contact ({@code
 * consent}), caps and pause ({@code pressure}), quiet hours ({@code quiet-hours}) and conflict
 * groups ({@code conflict}); the first failing rule is recorded. Among the actions left, the
 * highest expected value net of cost wins (ties: catalogue order, then channel order); marketing
 * actions with a net value of 0 or less are never sent. In batch planning, channel capacities go to
 * the customers with the highest net values ({@code capacity}); a customer who loses the capacity
 * falls back to his next action. Finally, the customer is held out as control when a hash of
 * (customer id, action id, seed) falls below the action's control share, or below the global
 * hold-out share for (customer id, seed): membership never depends on the other customers.
 */
public final class InteractionPolicy {
  private final List<Action> actions;
  private final List<PressureCap> pressure;
  private final @Nullable QuietHours quietHours;
  private final Duration conflictWindow;
  private final Map<Channel, Integer> capacities;
  private final long seed;
  private final double holdoutShare;
  private final List<EventTrigger> triggers;
  private final Duration triggerCooldown;
  private final PolicyEngine engine;

  private InteractionPolicy(Builder b, List<Action> actions) {
    this.actions = List.copyOf(actions);
    this.pressure = List.copyOf(b.pressure);
    this.quietHours = b.quietHours;
    this.conflictWindow = b.conflictWindow == null ? Duration.ofDays(14) : b.conflictWindow;
    this.capacities = Collections.unmodifiableMap(new EnumMap<>(b.capacities));
    this.seed = b.seed == null ? 0 : b.seed;
    this.holdoutShare = b.holdoutShare == null ? 0 : b.holdoutShare;
    this.triggers = List.copyOf(b.triggers);
    this.triggerCooldown = b.triggerCooldown == null ? Duration.ofDays(1) : b.triggerCooldown;
    this.engine = new PolicyEngine(this);
  }

  /** Starts a policy. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a policy from the JSON form used by {@code osicam plan} ({@code actions}, {@code
   * pressure}, {@code quietHours}, {@code capacity}, {@code conflictWindow}, optional {@code
   * holdoutShare}, {@code triggers}) into a builder, so that the caller can add a seed and the
   * names to check references against.
   *
   * @param json the JSON text
   * @return a builder holding the policy
   * @throws InvalidDataException naming the action or field that is wrong
   */
  public static Builder fromJson(String json) {
    return PolicyJson.read(json, builder(), null, Map.of());
  }

  /**
   * Reads a policy whose actions may carry {@code eligibility} rules in the JSON form of the
   * segment language, checked against {@code schema}.
   *
   * @param json the JSON text
   * @param schema what eligibility rules may refer to
   * @param references for scores ranked as percentiles, the population's values (may be empty)
   * @return a builder holding the policy
   * @throws InvalidDataException naming the action or field that is wrong
   */
  public static Builder fromJson(String json, Schema schema, Map<ScoreKey, double[]> references) {
    return PolicyJson.read(
        json, builder(), Objects.requireNonNull(schema, "schema"), Map.copyOf(references));
  }

  /** The action catalogue, in priority order (ties in value go to the earlier action). */
  public List<Action> actions() {
    return actions;
  }

  /**
   * @param id action id
   * @return the action, or empty
   */
  public Optional<Action> action(String id) {
    int i = engine.actionIndex(id);
    return i < 0 ? Optional.empty() : Optional.of(actions.get(i));
  }

  /** The pressure caps. */
  public List<PressureCap> pressure() {
    return pressure;
  }

  /** The quiet hours, or empty. */
  public Optional<QuietHours> quietHours() {
    return Optional.ofNullable(quietHours);
  }

  /** How long two actions of one conflict group stay exclusive (default 14 days). */
  public Duration conflictWindow() {
    return conflictWindow;
  }

  /** Contacts per channel per plan, for capacity-limited channels. */
  public Map<Channel, Integer> capacities() {
    return capacities;
  }

  /** The seed of control-group membership. */
  public long seed() {
    return seed;
  }

  /** The share of customers held out of every action (global hold-out). */
  public double holdoutShare() {
    return holdoutShare;
  }

  /** Event triggers. */
  public List<EventTrigger> triggers() {
    return triggers;
  }

  /** The minimum time between two triggered decisions for one customer (loop protection). */
  public Duration triggerCooldown() {
    return triggerCooldown;
  }

  /**
   * Whether a customer is in the control group of an action (sticky: a pure function of customer
   * id, action id and seed, whatever else is planned).
   *
   * @param customerId customer id
   * @param actionId action id
   * @return {@code true} when held out
   */
  public boolean isControl(String customerId, String actionId) {
    int i = engine.actionIndex(actionId);
    if (i < 0) {
      throw new IllegalArgumentException("unknown action " + actionId);
    }
    return engine.control(customerId, i);
  }

  /**
   * Whether a customer is in the global hold-out.
   *
   * @param customerId customer id
   * @return {@code true} when held out of every action
   */
  public boolean isHeldOut(String customerId) {
    return engine.holdout(customerId);
  }

  /** A batch planner over this policy. */
  public Planner planner() {
    return new Planner(engine, "plan");
  }

  /**
   * A batch planner whose decision ids start with {@code planId}.
   *
   * @param planId e.g. a campaign id
   * @return the planner
   */
  public Planner planner(String planId) {
    return new Planner(engine, Objects.requireNonNull(planId, "planId"));
  }

  /**
   * Starts a real-time decider over a knowledge base.
   *
   * @param kb the knowledge base that holds consents, history and scores
   * @return a builder
   */
  public Decider.Builder decider(CustomerKnowledgeBase kb) {
    return new Decider.Builder(engine, Objects.requireNonNull(kb, "kb"));
  }

  PolicyEngine engine() {
    return engine;
  }

  /** Builds an {@link InteractionPolicy}; single-valued options may be set once. */
  public static final class Builder {
    private final List<Action> actions = new ArrayList<>();
    private final List<PressureCap> pressure = new ArrayList<>();
    private @Nullable QuietHours quietHours;
    private @Nullable Duration conflictWindow;
    private final Map<Channel, Integer> capacities = new EnumMap<>(Channel.class);
    private @Nullable Long seed;
    private @Nullable Double holdoutShare;
    private final List<EventTrigger> triggers = new ArrayList<>();
    private final Map<String, Set<String>> plans = new LinkedHashMap<>();
    private @Nullable Duration triggerCooldown;
    private @Nullable Set<String> knownSegments;
    private @Nullable Set<String> knownNames;

    private Builder() {}

    /**
     * @param value an action (ids must be unique)
     * @return this builder
     */
    public Builder action(Action value) {
      actions.add(Objects.requireNonNull(value, "action"));
      return this;
    }

    /**
     * @param value a pressure cap
     * @return this builder
     */
    public Builder pressure(PressureCap value) {
      pressure.add(Objects.requireNonNull(value, "pressure"));
      return this;
    }

    /**
     * @param value quiet hours for marketing
     * @return this builder
     */
    public Builder quietHours(QuietHours value) {
      if (quietHours != null) {
        throw new IllegalStateException("quietHours was already set");
      }
      quietHours = Objects.requireNonNull(value, "quietHours");
      return this;
    }

    /**
     * @param value how long two actions of one conflict group stay exclusive, positive
     * @return this builder
     */
    public Builder conflictWindow(Duration value) {
      if (conflictWindow != null) {
        throw new IllegalStateException("conflictWindow was already set");
      }
      Objects.requireNonNull(value, "conflictWindow");
      if (value.isNegative() || value.isZero()) {
        throw new InvalidDataException("conflictWindow", "a positive duration", value.toString());
      }
      conflictWindow = value;
      return this;
    }

    /**
     * @param channel a channel
     * @param contacts how many contacts it can take per plan, 0 or more
     * @return this builder
     */
    public Builder capacity(Channel channel, int contacts) {
      Objects.requireNonNull(channel, "channel");
      if (contacts < 0) {
        throw new InvalidDataException(
            "capacity." + channel.key(), "0 or more", Integer.toString(contacts));
      }
      if (capacities.putIfAbsent(channel, contacts) != null) {
        throw new IllegalStateException("capacity of " + channel.key() + " was already set");
      }
      return this;
    }

    /**
     * @param value the seed of control groups and hold-out
     * @return this builder
     */
    public Builder seed(long value) {
      if (seed != null) {
        throw new IllegalStateException("seed was already set");
      }
      seed = value;
      return this;
    }

    /**
     * @param value share of customers held out of every action, in [0, 1)
     * @return this builder
     */
    public Builder holdoutShare(double value) {
      if (holdoutShare != null) {
        throw new IllegalStateException("holdoutShare was already set");
      }
      if (!(value >= 0 && value < 1)) {
        throw new InvalidDataException("holdoutShare", "in [0, 1)", Numbers.format(value));
      }
      holdoutShare = value;
      return this;
    }

    /**
     * An action plan: the actions offered to one segment (or relational-matrix cell). An action
     * named in any plan is limited to the segments whose plans name it, in addition to its own
     * {@link Action#segments()}.
     *
     * @param segment the segment or cell
     * @param actionIds the actions of its plan
     * @return this builder
     */
    public Builder plan(String segment, String... actionIds) {
      Objects.requireNonNull(segment, "segment");
      Set<String> set = plans.computeIfAbsent(segment, k -> new TreeSet<>());
      for (String a : actionIds) {
        set.add(Objects.requireNonNull(a, "actionId"));
      }
      return this;
    }

    /**
     * @param value an event trigger (its action must be in the catalogue)
     * @return this builder
     */
    public Builder trigger(EventTrigger value) {
      triggers.add(Objects.requireNonNull(value, "trigger"));
      return this;
    }

    /**
     * @param value minimum time between two triggered decisions for one customer
     * @return this builder
     */
    public Builder triggerCooldown(Duration value) {
      if (triggerCooldown != null) {
        throw new IllegalStateException("triggerCooldown was already set");
      }
      if (value.isNegative()) {
        throw new InvalidDataException("triggerCooldown", "0 or more", value.toString());
      }
      triggerCooldown = value;
      return this;
    }

    /**
     * Declares the segments that exist; {@link #build()} then rejects an action that names another.
     *
     * @param values segment names
     * @return this builder
     */
    public Builder knownSegments(Collection<String> values) {
      if (knownSegments != null) {
        throw new IllegalStateException("knownSegments was already set");
      }
      knownSegments = new TreeSet<>(values);
      return this;
    }

    /**
     * Declares the attribute and score names that exist; {@link #build()} then rejects an action
     * whose value refers to another.
     *
     * @param values attribute and score key names
     * @return this builder
     */
    public Builder knownNames(Collection<String> values) {
      if (knownNames != null) {
        throw new IllegalStateException("knownNames was already set");
      }
      knownNames = new TreeSet<>(values);
      return this;
    }

    /**
     * @return the policy; the builder is left unchanged
     * @throws InvalidDataException naming the action when ids repeat, a segment or value name is
     *     unknown, or a trigger names an unknown action
     */
    public InteractionPolicy build() {
      Map<String, Action> byId = new LinkedHashMap<>();
      List<Action> planned = new ArrayList<>();
      Map<String, Set<String>> segmentsOf = new LinkedHashMap<>();
      Set<String> ids = new HashSet<>();
      actions.forEach(a -> ids.add(a.id()));
      plans.forEach(
          (segment, list) -> {
            for (String a : list) {
              if (!ids.contains(a)) {
                throw new InvalidDataException(
                    "plans[" + segment + "]", "actions of the catalogue", "\"" + a + "\"");
              }
              segmentsOf.computeIfAbsent(a, k -> new TreeSet<>()).add(segment);
            }
          });
      for (Action a : actions) {
        Set<String> extra = segmentsOf.get(a.id());
        if (extra != null) {
          Set<String> all = new TreeSet<>(a.segments());
          all.addAll(extra);
          a =
              new Action(
                  a.id(),
                  a.channels(),
                  a.purpose(),
                  all,
                  a.eligibility(),
                  a.value(),
                  a.cost(),
                  a.conflictGroup(),
                  a.controlShare());
        }
        planned.add(a);
      }
      for (Action a : planned) {
        if (byId.put(a.id(), a) != null) {
          throw new InvalidDataException("action.id", "unique in the catalogue", a.id());
        }
        if (knownSegments != null) {
          for (String s : a.segments()) {
            if (!knownSegments.contains(s)) {
              throw new InvalidDataException(
                  "action[" + a.id() + "].segments",
                  "known segments " + knownSegments,
                  "\"" + s + "\"");
            }
          }
        }
        if (knownNames != null) {
          for (String n : a.value().references()) {
            if (!knownNames.contains(n)) {
              throw new InvalidDataException(
                  "action[" + a.id() + "].value",
                  "a known attribute or score " + knownNames,
                  "\"" + n + "\"");
            }
          }
        }
      }
      Set<String> triggerIds = new HashSet<>();
      for (EventTrigger t : triggers) {
        if (!triggerIds.add(t.id())) {
          throw new InvalidDataException("trigger.id", "unique", t.id());
        }
        if (!byId.containsKey(t.actionId())) {
          throw new InvalidDataException(
              "trigger[" + t.id() + "].action", "an action of the catalogue", t.actionId());
        }
      }
      if (pressure.size() > 250) {
        throw new InvalidDataException("pressure", "at most 250 caps", "" + pressure.size());
      }
      if (actions.size() > 65_000) {
        throw new InvalidDataException("actions", "at most 65000 actions", "" + actions.size());
      }
      return new InteractionPolicy(this, planned);
    }
  }
}
