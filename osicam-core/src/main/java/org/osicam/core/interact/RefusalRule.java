package org.osicam.core.interact;

/**
 * The rule that ruled an action out for a customer. Checked in this order.
 *
 * <p>Read from {@link Refusal#rule()}; {@link Plan#refused()} counts refusals per rule.
 */
public enum RefusalRule {
  /** Not in the action's segments, its eligibility rule fails, or its value cannot be computed. */
  ELIGIBILITY("eligibility"),
  /** No valid marketing consent on the channel, or a do-not-contact entry. */
  CONSENT("consent"),
  /** A contact-pressure cap is reached, or the customer paused contacts. */
  PRESSURE("pressure"),
  /** Marketing inside quiet hours in the customer's time zone. */
  QUIET_HOURS("quiet-hours"),
  /** Another action of the same conflict group was delivered within the conflict window. */
  CONFLICT("conflict"),
  /** The channel's capacity went to customers with higher values. */
  CAPACITY("capacity");

  private final String key;

  RefusalRule(String key) {
    this.key = key;
  }

  /** The stable name used in files, e.g. {@code "quiet-hours"}. */
  public String key() {
    return key;
  }
}
