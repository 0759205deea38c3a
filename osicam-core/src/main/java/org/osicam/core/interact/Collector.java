package org.osicam.core.interact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.kb.CustomerKnowledgeBase;
import org.osicam.core.kb.WriteBatch;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Consent;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.Direction;
import org.osicam.core.model.Interaction;
import org.osicam.core.model.InteractionStatus;
import org.osicam.core.model.Purpose;
import org.osicam.core.model.Score;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collect and Feed: appends every contact and outcome to the knowledge base's interaction log (an
 * append-only log: outcomes are new interactions with the decision's id, never updates), and feeds
 * what they teach back into the knowledge:
 *
 * <ul>
 *   <li>pressure: delivered contacts are what caps count, so they apply at once;
 *   <li>consent: an {@code unsubscribed} outcome withdraws marketing consent on that channel in the
 *       same atomic write;
 *   <li>learned channel preference: after a response ({@code clicked}, {@code responded}, {@code
 *       purchased}), the channel the customer responds on most is stored as the score {@link
 *       CustomerState#PREFERRED_CHANNEL} (value: its share of responses, label: the channel);
 *   <li>no reaction: {@link #closeResponseWindows(Instant)} records {@code no_reaction} for
 *       delivered contacts without any reaction within the response window;
 *   <li>re-scoring: the {@link FeedListener} re-scores and re-segments the customer and returns
 *       events, which go to the decider's event triggers.
 * </ul>
 *
 * <p>Thread-safe. Logs ids and counts only.
 *
 * <pre>{@code
 * Collector collector = Collector.builder(kb).decider(decider).responseWindow(Duration.ofDays(7))
 *     .listener((kb, id, outcome) -> rescore(kb, id)).build();
 * collector.delivered(decision, sentAt);
 * collector.outcome(decision, InteractionStatus.CLICKED, clickedAt);
 * collector.closeResponseWindows(now);
 * }</pre>
 */
public final class Collector {
  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);
  private static final Set<InteractionStatus> RESPONSES =
      EnumSet.of(
          InteractionStatus.CLICKED, InteractionStatus.RESPONDED, InteractionStatus.PURCHASED);
  private static final Set<InteractionStatus> NOT_REACTIONS =
      EnumSet.of(
          InteractionStatus.PLANNED,
          InteractionStatus.DELIVERED,
          InteractionStatus.FAILED,
          InteractionStatus.NO_REACTION);

  private final CustomerKnowledgeBase kb;
  private final @Nullable Decider decider;
  private final Duration responseWindow;
  private final @Nullable FeedListener listener;
  private final Map<String, Interaction> open = new ConcurrentHashMap<>();

  private Collector(Builder b) {
    this.kb = b.kb;
    this.decider = b.decider;
    this.responseWindow = b.responseWindow == null ? Duration.ofDays(7) : b.responseWindow;
    this.listener = b.listener;
  }

  /**
   * Starts a collector over a knowledge base.
   *
   * @param kb the knowledge base
   * @return a builder
   */
  public static Builder builder(CustomerKnowledgeBase kb) {
    return new Builder(Objects.requireNonNull(kb, "kb"));
  }

  /**
   * Records that a decision's contact was delivered (through the decider when there is one, which
   * releases its reservation), and opens its response window. A decision of {@link
   * Decider#decideAndRecord} is already recorded: nothing more is written, its recorded contact
   * opens the window (from the decision time) and is fed.
   *
   * @param decision a contact decision
   * @param at delivery time
   * @return what changed
   */
  public FeedResult delivered(Decision decision, Instant at) {
    if (!decision.contact()) {
      throw new IllegalArgumentException("decision " + decision.decisionId() + " is no contact");
    }
    Interaction i;
    Optional<Interaction> recorded = decision.recorded();
    if (recorded.isPresent()) {
      i = recorded.get(); // written with the decision by Decider.decideAndRecord
    } else if (decider != null) {
      i = decider.delivered(decision, at);
    } else {
      i = interaction(decision, InteractionStatus.DELIVERED, at, false);
      kb.apply(WriteBatch.builder().interaction(i).build());
    }
    open.put(decision.decisionId(), i);
    return feed(i, false, null);
  }

  /**
   * Records that a customer was held out as control for a decision (status {@code planned}, control
   * flag set): he was not contacted, and uplift is measured against him.
   *
   * @param decision a control decision
   * @param at decision time
   * @return what changed
   */
  public FeedResult control(Decision decision, Instant at) {
    if (!decision.control()) {
      throw new IllegalArgumentException("decision " + decision.decisionId() + " is no control");
    }
    Interaction i = interaction(decision, InteractionStatus.PLANNED, at, true);
    kb.apply(WriteBatch.builder().interaction(i).build());
    return new FeedResult(i, false, null, List.of(), List.of());
  }

  /**
   * Records an outcome of a decision's contact.
   *
   * @param decision the decision
   * @param status the outcome ({@code opened}, {@code clicked}, {@code unsubscribed}, ...)
   * @param at when
   * @return what changed
   */
  public FeedResult outcome(Decision decision, InteractionStatus status, Instant at) {
    if (decision.actionId().isEmpty()) {
      throw new IllegalArgumentException("decision " + decision.decisionId() + " has no action");
    }
    return record(interaction(decision, status, at, decision.control()));
  }

  /**
   * Records any interaction (a contact or outcome from another system, an inbound contact) and
   * feeds it.
   *
   * @param interaction the interaction to append
   * @return what changed
   */
  public FeedResult record(Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    WriteBatch.Builder batch = WriteBatch.builder().interaction(interaction);
    boolean withdrawn = false;
    if (interaction.status() == InteractionStatus.UNSUBSCRIBED) {
      batch.consent(
          new Consent(
              interaction.customerId(),
              Purpose.MARKETING,
              interaction.channel(),
              false,
              interaction.timestamp(),
              null));
      withdrawn = true;
    }
    Channel preferred = null;
    if (RESPONSES.contains(interaction.status())) {
      Score s = preference(interaction);
      batch.score(s);
      preferred = Channel.parse(Objects.requireNonNull(s.label()));
    }
    kb.apply(batch.build());
    String decisionId = interaction.decisionId();
    if (decisionId != null) {
      if (interaction.status() == InteractionStatus.DELIVERED) {
        open.put(decisionId, interaction);
      } else if (!NOT_REACTIONS.contains(interaction.status())) {
        open.remove(decisionId);
      }
    }
    return feed(interaction, withdrawn, preferred);
  }

  /**
   * Records {@code no_reaction} for every delivered contact whose response window has ended without
   * a reaction (open, click, response, purchase, complaint, unsubscribe).
   *
   * @param asOf now
   * @return the interactions written, by decision id
   */
  public List<Interaction> closeResponseWindows(Instant asOf) {
    List<Interaction> written = new ArrayList<>();
    for (Interaction d : new TreeMap<>(open).values()) {
      Instant end = d.timestamp().plus(responseWindow);
      if (end.isAfter(asOf) || d.decisionId() == null) {
        continue;
      }
      if (open.remove(d.decisionId()) == null) {
        continue;
      }
      Interaction none =
          new Interaction(
              d.decisionId() + ":no_reaction",
              d.customerId(),
              d.channel(),
              d.purpose(),
              Direction.OUTBOUND,
              d.actionId(),
              d.decisionId(),
              false,
              end,
              InteractionStatus.NO_REACTION,
              null);
      kb.apply(WriteBatch.builder().interaction(none).build());
      feed(none, false, null);
      written.add(none);
    }
    LOG.debug("closed {} response windows", written.size());
    return written;
  }

  /** Decision ids of delivered contacts still waiting for a reaction. */
  public Set<String> openDecisions() {
    return Set.copyOf(open.keySet());
  }

  private Score preference(Interaction latest) {
    int[] counts = new int[Channel.values().length];
    long[] last = new long[counts.length];
    boolean seen = false;
    for (Interaction i : kb.interactions(latest.customerId())) {
      if (RESPONSES.contains(i.status())) {
        counts[i.channel().ordinal()]++;
        last[i.channel().ordinal()] =
            Math.max(last[i.channel().ordinal()], i.timestamp().toEpochMilli());
        seen |= i.id().equals(latest.id());
      }
    }
    if (!seen) {
      counts[latest.channel().ordinal()]++;
      last[latest.channel().ordinal()] =
          Math.max(last[latest.channel().ordinal()], latest.timestamp().toEpochMilli());
    }
    int best = 0;
    int total = 0;
    for (int c = 0; c < counts.length; c++) {
      total += counts[c];
      if (counts[c] > counts[best] || (counts[c] == counts[best] && last[c] > last[best])) {
        best = c;
      }
    }
    Channel ch = Channel.values()[best];
    return new Score(
        latest.customerId(),
        CustomerState.PREFERRED_CHANNEL,
        (double) counts[best] / total,
        ch.key(),
        latest.timestamp());
  }

  private FeedResult feed(Interaction i, boolean withdrawn, @Nullable Channel preferred) {
    List<CustomerEvent> events = List.of();
    List<Decision> triggered = new ArrayList<>();
    if (listener != null) {
      events = List.copyOf(listener.onFeed(kb, i.customerId(), i));
      if (decider != null) {
        for (CustomerEvent e : events) {
          if (!e.customerId().equals(i.customerId())) {
            throw new InvalidDataException(
                "event.customerId",
                "the fed customer " + i.customerId().value(),
                e.customerId().value());
          }
          decider.onEvent(e).ifPresent(triggered::add);
        }
      }
    }
    LOG.debug(
        "fed {} of customer {}: {} events, {} triggered",
        i.status().key(),
        i.customerId().value(),
        events.size(),
        triggered.size());
    return new FeedResult(i, withdrawn, preferred, events, triggered);
  }

  private static Interaction interaction(
      Decision d, InteractionStatus status, Instant at, boolean control) {
    CustomerId id = d.customerId();
    String suffix =
        status == InteractionStatus.DELIVERED || status == InteractionStatus.PLANNED
            ? status.key()
            : status.key() + ":" + at.toEpochMilli();
    Optional<Channel> channel = d.channel();
    return new Interaction(
        d.decisionId() + ":" + suffix,
        id,
        channel.orElseThrow(),
        d.purpose().orElseThrow(),
        Direction.OUTBOUND,
        d.actionId().orElseThrow(),
        d.decisionId(),
        control,
        Objects.requireNonNull(at, "at"),
        status,
        null);
  }

  /** Configures a {@link Collector}; each option may be set once. */
  public static final class Builder {
    private final CustomerKnowledgeBase kb;
    private @Nullable Decider decider;
    private @Nullable Duration responseWindow;
    private @Nullable FeedListener listener;

    private Builder(CustomerKnowledgeBase kb) {
      this.kb = kb;
    }

    /**
     * @param value the decider whose reservations deliveries release and whose triggers events go
     *     to
     * @return this builder
     */
    public Builder decider(Decider value) {
      if (decider != null) {
        throw new IllegalStateException("decider was already set");
      }
      decider = Objects.requireNonNull(value, "decider");
      return this;
    }

    /**
     * @param value how long after delivery a reaction still counts (default 7 days), positive
     * @return this builder
     */
    public Builder responseWindow(Duration value) {
      if (responseWindow != null) {
        throw new IllegalStateException("responseWindow was already set");
      }
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("responseWindow must be positive, was " + value);
      }
      responseWindow = value;
      return this;
    }

    /**
     * @param value the re-scoring hook
     * @return this builder
     */
    public Builder listener(FeedListener value) {
      if (listener != null) {
        throw new IllegalStateException("listener was already set");
      }
      listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /** The collector. */
    public Collector build() {
      return new Collector(this);
    }
  }
}
