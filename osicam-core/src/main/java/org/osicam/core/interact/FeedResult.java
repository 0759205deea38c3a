package org.osicam.core.interact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osicam.core.event.CustomerEvent;
import org.osicam.core.model.Channel;
import org.osicam.core.model.Interaction;

/**
 * What one recorded outcome changed.
 *
 * <pre>{@code
 * Collector collector = Collector.builder(kb).decider(decider).build();
 * Decision d = decider.decideAndRecord(customerId, DecisionContext.now());
 * if (d.contact()) {
 *   collector.delivered(d, now);
 *   FeedResult fed = collector.outcome(d, InteractionStatus.UNSUBSCRIBED, now.plusSeconds(30));
 *   boolean withdrawn = fed.consentWithdrawn();               // true: marketing consent withdrawn
 * }
 * }</pre>
 *
 * @param interaction the interaction appended to the log
 * @param consentWithdrawn whether marketing consent on the channel was withdrawn (an unsubscribe)
 * @param preferredChannel the learned preferred channel after this outcome, or {@code null} when
 *     unchanged or unknown
 * @param events events the feed listener returned
 * @param triggered decisions made by event triggers on those events
 */
public record FeedResult(
    Interaction interaction,
    boolean consentWithdrawn,
    @Nullable Channel preferredChannel,
    List<CustomerEvent> events,
    List<Decision> triggered) {
  /** Copies the lists. */
  public FeedResult {
    Objects.requireNonNull(interaction, "interaction");
    events = List.copyOf(events);
    triggered = List.copyOf(triggered);
  }

  /** The new preferred channel, or empty. */
  public Optional<Channel> preferredChannelIfChanged() {
    return Optional.ofNullable(preferredChannel);
  }
}
