package org.osicam.core.event;

/**
 * The kind of a {@link CustomerEvent}. Detected types come from the customer's own history and
 * scores; external types are supplied by the host application.
 *
 * <p>Read from {@link CustomerEvent#type()}.
 */
public enum EventType {
  /** The current gap since the last purchase is unlikely under the customer's own rhythm. */
  PURCHASE_RHYTHM_BREAK(false),
  /** Recent purchase amounts differ significantly from the customer's own earlier amounts. */
  SPEND_SHIFT(false),
  /** A score crossed a threshold between two evaluations. */
  SCORE_CROSSED(false),
  /** The customer's segment label changed between two evaluations. */
  SEGMENT_MOVE(false),
  /** A life event reported by the host (moving house, a birth, a marriage, retirement). */
  LIFE_EVENT(true),
  /** A payment incident reported by the host (a rejected payment, an overdue invoice). */
  PAYMENT_INCIDENT(true),
  /** An insurance or warranty claim reported by the host. */
  CLAIM(true),
  /** A complaint reported by the host. */
  COMPLAINT(true);

  private final boolean external;

  EventType(boolean external) {
    this.external = external;
  }

  /** Whether events of this type come from the host rather than from a detector. */
  public boolean external() {
    return external;
  }
}
