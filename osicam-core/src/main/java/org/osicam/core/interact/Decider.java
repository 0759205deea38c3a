package org.osicam.core.interact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real-time decisions for one customer inside a host request: {@link #decide(CustomerId,
 * DecisionContext)} reads the customer's consents, recent contacts and scores from the knowledge
 * base and applies the whole policy (channel capacities, a batch notion, do not apply).
 *
 * <p>Caps hold under concurrency: a decision that contacts the customer reserves the contact
 * atomically per customer (a lock stripe), and reserved contacts count like delivered ones until
 * {@link #delivered(Decision, Instant)} writes the delivered interaction to the knowledge base (in
 * the same lock) or {@link #release(Decision)} drops it. So any number of threads deciding for the
 * same customers never exceed a cap, provided every contact of those customers goes through this
 * decider. Thread-safe.
 *
 * <pre>{@code
 * Decider decider = policy.decider(kb).clock(clock).build();
 * Decision d = decider.decide(CustomerId.of("C1"), DecisionContext.now());
 * if (d.contact()) {
 *   if (send(d)) decider.delivered(d, clock.instant()); else decider.release(d);
 * }
 * }</pre>
 */
public final class Decider {
  private static final Logger LOG = LoggerFactory.getLogger(Decider.class);
  private static final int STRIPES = 256;
  static final String TRIGGER = ":trigger:";

  private final PolicyEngine engine;
  private final CustomerKnowledgeBase kb;
  private final Clock clock;
  private final DoNotContactList doNotContact;
  private final String prefix;
  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
  private final Map<CustomerId, List<Interaction>> pending = new ConcurrentHashMap<>();
  private final Map<String, Interaction> reservations = new ConcurrentHashMap<>();
  private final Set<String> fired = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();
  private final ThreadLocal<PolicyEngine.Scratch> scratch;

  private Decider(Builder b) {
    this.engine = b.engine;
    this.kb = b.kb;
    this.clock = b.clock == null ? kb.clock() : b.clock;
    this.doNotContact = b.doNotContact == null ? new DoNotContactList() : b.doNotContact;
    this.prefix = b.prefix == null ? "rt" : b.prefix;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
    this.scratch = ThreadLocal.withInitial(engine::scratch);
  }

  /** The policy. */
  public InteractionPolicy policy() {
    return engine.policy;
  }

  /**
   * Decides with every channel at the decider's clock.
   *
   * @param id customer
   * @return the decision
   * @throws java.util.NoSuchElementException if the customer is not in the knowledge base
   */
  public Decision decide(CustomerId id) {
    return decide(id, DecisionContext.now());
  }

  /**
   * Decides for one customer.
   *
   * @param id customer
   * @param context time, channels and request attributes
   * @return the decision; when {@link Decision#contact()} the contact is reserved
   * @throws java.util.NoSuchElementException if the customer is not in the knowledge base
   */
  public Decision decide(CustomerId id, DecisionContext context) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(context, "context");
    return decide(id, context, -1, "");
  }

  private Decision decide(CustomerId id, DecisionContext context, int only, String tag) {
    Instant asOf = context.at().orElseGet(clock::instant);
    ReentrantLock lock = lock(id);
    lock.lock();
    try {
      CustomerState state = state(id, context, asOf);
      Decision d =
          engine.evaluate(
              state,
              asOf,
              scratch.get(),
              only,
              context.channelMask(),
              prefix + tag + ":",
              sequence.incrementAndGet());
      String decisionId = d.decisionId();
      if (d.candidateCount() > 0) {
        d.choose(0);
      }
      if (d.contact()) {
        Channel ch = d.channel().orElseThrow();
        Interaction reserved =
            new Interaction(
                decisionId,
                id,
                ch,
                d.purpose().orElseThrow(),
                Direction.OUTBOUND,
                d.actionId().orElseThrow(),
                decisionId,
                false,
                asOf,
                InteractionStatus.DELIVERED,
                null);
        pending.computeIfAbsent(id, k -> new ArrayList<>()).add(reserved);
        reservations.put(decisionId, reserved);
      }
      return d;
    } finally {
      lock.unlock();
    }
  }

  private CustomerState state(CustomerId id, DecisionContext context, Instant asOf) {
    CustomerState base = CustomerState.from(kb, id, asOf, engine.lookback);
    List<DoNotContact> dnc = doNotContact.of(id);
    List<Interaction> reserved = pending.getOrDefault(id, List.of());
    if (dnc.isEmpty()
        && reserved.isEmpty()
        && context.attributes().isEmpty()
        && context.segment().isEmpty()) {
      return base;
    }
    CustomerState.Builder b = base.toBuilder();
    dnc.forEach(b::doNotContact);
    reserved.forEach(b::interaction);
    context.attributes().forEach(b::attribute);
    context.segment().ifPresent(b::segment);
    return b.build();
  }

  /**
   * Applies the policy's event triggers to an event: for the first trigger that matches (type and
   * labels), is within its window, has not fired for this customer before, and is out of the loop
   * protection cooldown, decides for that action alone.
   *
   * @param event the event
   * @return the decision of the trigger that fired, or empty when none fired
   */
  public Optional<Decision> onEvent(CustomerEvent event) {
    Objects.requireNonNull(event, "event");
    Instant asOf = clock.instant();
    CustomerId id = event.customerId();
    for (EventTrigger t : engine.policy.triggers()) {
      if (!t.matches(event)
          || event.time().isAfter(asOf)
          || Duration.between(event.time(), asOf).compareTo(t.window()) > 0) {
        continue;
      }
      ReentrantLock lock = lock(id);
      lock.lock();
      try {
        String key = t.id() + "\u0000" + id.value();
        if (fired.contains(key) || !triggerAllowed(id, t, asOf)) {
          continue;
        }
        Decision d =
            decide(
                id,
                DecisionContext.builder().at(asOf).build(),
                engine.actionIndex(t.actionId()),
                TRIGGER + t.id());
        if (d.actionId().isPresent()) {
          fired.add(key);
          LOG.debug("trigger {} fired for customer {}", t.id(), id.value());
          return Optional.of(d);
        }
      } finally {
        lock.unlock();
      }
    }
    return Optional.empty();
  }

  private boolean triggerAllowed(CustomerId id, EventTrigger t, Instant asOf) {
    String own = TRIGGER + t.id() + ":";
    Instant cooldownStart = asOf.minus(engine.policy.triggerCooldown());
    List<Interaction> all = new ArrayList<>(kb.interactions(id));
    all.addAll(pending.getOrDefault(id, List.of()));
    for (Interaction i : all) {
      String d = i.decisionId();
      if (d == null || !d.contains(TRIGGER)) {
        continue;
      }
      if (d.contains(own)) {
        return false; // once only
      }
      if (i.timestamp().isAfter(cooldownStart)) {
        return false; // loop protection
      }
    }
    return true;
  }

  /**
   * Records that a decided contact was delivered: writes the delivered interaction to the knowledge
   * base and releases the reservation, atomically for the customer.
   *
   * @param decision a contact decision of this decider
   * @param at when it was delivered
   * @return the interaction written
   * @throws IllegalArgumentException if the decision is not a contact
   */
  public Interaction delivered(Decision decision, Instant at) {
    if (!decision.contact()) {
      throw new IllegalArgumentException("decision " + decision.decisionId() + " is no contact");
    }
    Interaction delivered =
        new Interaction(
            decision.decisionId() + ":delivered",
            decision.customerId(),
            decision.channel().orElseThrow(),
            decision.purpose().orElseThrow(),
            Direction.OUTBOUND,
            decision.actionId().orElseThrow(),
            decision.decisionId(),
            false,
            Objects.requireNonNull(at, "at"),
            InteractionStatus.DELIVERED,
            null);
    ReentrantLock lock = lock(decision.customerId());
    lock.lock();
    try {
      kb.apply(WriteBatch.builder().interaction(delivered).build());
      drop(decision);
    } finally {
      lock.unlock();
    }
    return delivered;
  }

  /**
   * Drops the reservation of a contact that will not be made.
   *
   * @param decision a decision of this decider
   */
  public void release(Decision decision) {
    ReentrantLock lock = lock(decision.customerId());
    lock.lock();
    try {
      drop(decision);
    } finally {
      lock.unlock();
    }
  }

  private void drop(Decision decision) {
    Interaction r = reservations.remove(decision.decisionId());
    if (r != null) {
      List<Interaction> list = pending.get(decision.customerId());
      if (list != null) {
        list.remove(r);
        if (list.isEmpty()) {
          pending.remove(decision.customerId());
        }
      }
    }
  }

  /** The number of contacts reserved and not yet delivered or released. */
  public int reserved() {
    return reservations.size();
  }

  private ReentrantLock lock(CustomerId id) {
    return locks[(int) (PolicyEngine.mix(PolicyEngine.fnv(id.value())) & (STRIPES - 1))];
  }

  /** Configures a {@link Decider}; each option may be set once. */
  public static final class Builder {
    private final PolicyEngine engine;
    private final CustomerKnowledgeBase kb;
    private @Nullable Clock clock;
    private @Nullable DoNotContactList doNotContact;
    private @Nullable String prefix;

    Builder(PolicyEngine engine, CustomerKnowledgeBase kb) {
      this.engine = engine;
      this.kb = kb;
    }

    /**
     * @param value the clock for decision times (default: the knowledge base's clock)
     * @return this builder
     */
    public Builder clock(Clock value) {
      if (clock != null) {
        throw new IllegalStateException("clock was already set");
      }
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * @param value the do-not-contact list (default: an empty one)
     * @return this builder
     */
    public Builder doNotContact(DoNotContactList value) {
      if (doNotContact != null) {
        throw new IllegalStateException("doNotContact was already set");
      }
      doNotContact = Objects.requireNonNull(value, "doNotContact");
      return this;
    }

    /**
     * @param value prefix of decision ids (default {@code "rt"})
     * @return this builder
     */
    public Builder decisionIdPrefix(String value) {
      if (prefix != null) {
        throw new IllegalStateException("decisionIdPrefix was already set");
      }
      Objects.requireNonNull(value, "decisionIdPrefix");
      if (value.isBlank() || value.contains(TRIGGER)) {
        throw new IllegalArgumentException("decisionIdPrefix must be non-blank, was " + value);
      }
      prefix = value;
      return this;
    }

    /** The decider. */
    public Decider build() {
      return new Decider(this);
    }
  }
}
