package org.osicam.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * A customer's consent (or withdrawal) for one purpose on one channel. The latest consent per
 * customer, purpose and channel wins.
 *
 * <pre>{@code
 * Consent c = new Consent(CustomerId.of("C1"), Purpose.MARKETING, Channel.EMAIL, true,
 *     Instant.parse("2024-01-01T00:00:00Z"), null);
 * boolean ok = c.validAt(Instant.now());
 * }</pre>
 *
 * @param customerId the customer
 * @param purpose the purpose
 * @param channel the channel
 * @param granted {@code true} for a grant, {@code false} for a withdrawal
 * @param timestamp when it was given or withdrawn
 * @param expiresAt when a grant lapses, or {@code null} for never; after {@code timestamp}
 */
public record Consent(
    CustomerId customerId,
    Purpose purpose,
    Channel channel,
    boolean granted,
    Instant timestamp,
    @Nullable Instant expiresAt) {

  /** Validates. */
  public Consent {
    Checks.nonNull(customerId, "consent.customerId");
    Checks.nonNull(purpose, "consent.purpose");
    Checks.nonNull(channel, "consent.channel");
    Checks.nonNull(timestamp, "consent.timestamp");
    if (expiresAt != null && !expiresAt.isAfter(timestamp)) {
      throw new InvalidDataException(
          "consent.expiresAt", "after consent.timestamp " + timestamp, expiresAt.toString());
    }
  }

  /**
   * Whether this is a grant in force at {@code instant} (given at or before it, not expired).
   *
   * @param instant the moment of the contact
   * @return {@code true} when contact is allowed by this consent
   */
  public boolean validAt(Instant instant) {
    return granted
        && !timestamp.isAfter(instant)
        && (expiresAt == null || instant.isBefore(expiresAt));
  }
}
