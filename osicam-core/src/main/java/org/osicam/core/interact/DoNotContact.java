package org.osicam.core.interact;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.Channel;

/**
 * A do-not-contact entry: the customer is not contacted for marketing on the channel (or on any
 * channel). A {@link Reason#BOUNCED} entry also stops service messages on that channel, since they
 * cannot be delivered.
 *
 * <pre>{@code
 * DoNotContactList dnc = new DoNotContactList();
 * dnc.add(CustomerId.of("C1"), new DoNotContact(Channel.EMAIL, DoNotContact.Reason.BOUNCED));
 * dnc.add(CustomerId.of("C2"), new DoNotContact(null, DoNotContact.Reason.LEGAL)); // all channels
 * Decider decider = policy.decider(kb).doNotContact(dnc).build();
 * }</pre>
 *
 * @param channel the channel, or {@code null} for every channel
 * @param reason why
 */
public record DoNotContact(@Nullable Channel channel, Reason reason) {
  /** Validates. */
  public DoNotContact {
    Objects.requireNonNull(reason, "reason");
  }

  /** Why a customer is on the do-not-contact list. */
  public enum Reason {
    /** The customer unsubscribed. */
    UNSUBSCRIBED,
    /** The address bounced. */
    BOUNCED,
    /** Added by hand (e.g. a complaint handled by a person). */
    MANUAL,
    /** A legal obligation (e.g. a national opt-out register, a court order). */
    LEGAL;

    /** The lower-case name. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The channel, or empty for every channel. */
  public Optional<Channel> channelIfAny() {
    return Optional.ofNullable(channel);
  }

  boolean covers(Channel c) {
    return channel == null || channel == c;
  }
}
