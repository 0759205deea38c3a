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
 * <p>Two ways to keep contact-pressure caps and consent checks true under concurrency:
 *
 * <ul>
 *   <li><b>Across processes: {@link #decideAndRecord(CustomerId, DecisionContext)}.</b> It decides
 *       inside the knowledge base's isolated per-customer step ({@link
 *       CustomerKnowledgeBase#update}) and writes the delivered contact in that same step, so the
 *       rules see every contact already in the base, whoever wrote it: other threads, other
 *       deciders, other processes sharing a database store (the JDBC store row-locks the customer).
 *       Caps hold whatever number of deciders and processes decide for the same customers, as long
 *       as every marketing contact is written through {@code decideAndRecord} or the same kind of
 *       isolated step. Needs a store that implements {@code update} (in-memory and JDBC do).
 *   <li><b>Within this decider only: {@link #decide(CustomerId, DecisionContext)}.</b> A contact
 *       decision reserves the contact atomically per customer (an in-memory lock stripe), and
 *       reserved contacts count like delivered ones until {@link #delivered(Decision, Instant)}
 *       writes the delivered interaction to the knowledge base (in the same lock) or {@link
 *       #release(Decision)} drops it. So any number of threads deciding for the same customers
 *       never exceed a cap, provided every contact of those customers goes through this decider;
 *       two deciders (two processes) over one base can together exceed a cap.
 * </ul>
 *
 * <p>Event triggers ({@link #onEvent}) use the reservation path. Thread-safe.
 *
 * <pre>{@code
 * Decider decider = policy.decider(kb).clock(clock).decisionIdPrefix(host + "-" + started).build();
 * // across processes: the contact is recorded with the decision
 * Decision d = decider.decideAndRecord(CustomerId.of("C1"), DecisionContext.now());
 * if (d.contact() && !send(d)) collector.outcome(d, InteractionStatus.FAILED, clock.instant());
 *
 * // one decider only: reserve, then deliver or release
 * Decision r = decider.decide(CustomerId.of("C2"), DecisionContext.now());
 * if (r.contact()) {
 *   if (send(r)) decider.delivered(r, clock.instant()); else decider.release(r);
 * }
 * }</pre>
 */
public final class Decider {
  private static final Logger LOG = LoggerFactory.getLogger(Decider.class);
  private static final int STRIPES = 256;
  static final String TRIGGER = ":trigger:";
  private static final String DELIVERED = ":delivered";

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
      Decision d = evaluate(kb, id, context, asOf, only, tag, sequence.incrementAndGet());
      if (d.contact()) {
        Interaction reserved = contact(d, d.decisionId(), asOf);
        pending.computeIfAbsent(id, k -> new ArrayList<>()).add(reserved);
        reservations.put(d.decisionId(), reserved);
      }
      return d;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Decides for one customer and, when the decision is a contact, records it as delivered in the
   * knowledge base in the same isolated step ({@link CustomerKnowledgeBase#update}): the customer's
   * consents, contact history and scores are read in that step, so the policy's rules (consent,
   * pressure caps, conflict groups, quiet hours) are checked against every contact already in the
   * base, including those written by other deciders and other processes sharing a database store.
   * This is the call that keeps caps and consent checks true across processes.
   *
   * <p>The contact is written with status {@code delivered} at the decision time, with the id
   * {@code decisionId + ":delivered"}, before the host sends it (a cap counts it at once). If the
   * host then fails to send it, record an outcome such as {@code failed}: the contact still counts
   * toward the caps, so a failed send can use a slot but a cap is never exceeded. {@link
   * #delivered(Decision, Instant)} and {@code Collector.delivered} accept the returned decision and
   * write nothing more. Contacts reserved by {@link #decide(CustomerId, DecisionContext)} of this
   * decider count too. Control decisions are not written (record them with {@code
   * Collector.control}).
   *
   * <p>Decision ids are the prefix, the customer id and this decider's sequence: deciders that
   * share a base, and a decider restarted over a durable base, need a {@linkplain
   * Builder#decisionIdPrefix decision id prefix} of their own (e.g. the host name and start time),
   * or their ids collide. A collision is detected in the step and throws; nothing is written.
   *
   * @param id customer
   * @param context time, channels and request attributes
   * @return the decision; when {@link Decision#contact()} it is already recorded ({@link
   *     Decision#recorded()})
   * @throws java.util.NoSuchElementException if the customer is not in the knowledge base
   * @throws IllegalStateException if the decision's contact id is already in the knowledge base
   *     (two deciders, or two runs of one, with one prefix)
   * @throws UnsupportedOperationException if the knowledge base's store does not implement isolated
   *     updates ({@link org.osicam.core.kb.KnowledgeBaseStore#update})
   */
  public Decision decideAndRecord(CustomerId id, DecisionContext context) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(context, "context");
    Instant asOf = context.at().orElseGet(clock::instant);
    long seq = sequence.incrementAndGet();
    ReentrantLock lock = lock(id); // this decider's reservations must not move meanwhile
    lock.lock();
    try {
      Decision[] last = new Decision[1];
      kb.update(
          id,
          view -> {
            // may run again after a transient conflict: each run decides afresh from the view
            Decision d = evaluate(view, id, context, asOf, -1, "", seq);
            last[0] = d;
            if (!d.contact()) {
              return WriteBatch.empty();
            }
            Interaction delivered = contact(d, d.decisionId() + DELIVERED, asOf);
            if (view.interactions(id).stream().anyMatch(i -> i.id().equals(delivered.id()))) {
              throw new IllegalStateException(
                  "decision id "
                      + d.decisionId()
                      + " is already in the knowledge base: give each decider sharing it its own"
                      + " decisionIdPrefix");
            }
            d.recorded(delivered);
            return WriteBatch.builder().interaction(delivered).build();
          });
      return Objects.requireNonNull(last[0], "decision");
    } finally {
      lock.unlock();
    }
  }

  /** The rules, once for every path: reads the customer from {@code source} and evaluates. */
  private Decision evaluate(
      CustomerKnowledgeBase source,
      CustomerId id,
      DecisionContext context,
      Instant asOf,
      int only,
      String tag,
      long seq) {
    CustomerState state = state(source, id, context, asOf);
    Decision d =
        engine.evaluate(
            state, asOf, scratch.get(), only, context.channelMask(), prefix + tag + ":", seq);
    if (d.candidateCount() > 0) {
      d.choose(0);
    }
    return d;
  }

  /** The outbound contact of a contact decision, as caps count it. */
  private static Interaction contact(Decision d, String interactionId, Instant at) {
    return new Interaction(
        interactionId,
        d.customerId(),
        d.channel().orElseThrow(),
        d.purpose().orElseThrow(),
        Direction.OUTBOUND,
        d.actionId().orElseThrow(),
        d.decisionId(),
        false,
        at,
        InteractionStatus.DELIVERED,
        null);
  }

  private CustomerState state(
      CustomerKnowledgeBase source, CustomerId id, DecisionContext context, Instant asOf) {
    CustomerState base = CustomerState.from(source, id, asOf, engine.lookback);
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
   * base and releases the reservation, atomically for the customer. For a decision of {@link
   * #decideAndRecord}, the contact is already recorded: this returns it and writes nothing.
   *
   * @param decision a contact decision of this decider
   * @param at when it was delivered
   * @return the interaction written (or recorded with the decision)
   * @throws IllegalArgumentException if the decision is not a contact
   */
  public Interaction delivered(Decision decision, Instant at) {
    if (!decision.contact()) {
      throw new IllegalArgumentException("decision " + decision.decisionId() + " is no contact");
    }
    Objects.requireNonNull(at, "at");
    Optional<Interaction> recorded = decision.recorded();
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Interaction delivered = contact(decision, decision.decisionId() + DELIVERED, at);
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
     * @param value prefix of decision ids (default {@code "rt"}); deciders that share a knowledge
     *     base (several processes over one database), and each run of a decider over a durable
     *     base, need their own, e.g. the host name and start time
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
