package org.osicam.core.interact;

import java.time.Instant;

/**
 * Whether a customer may receive an action, over what the policy knows of the customer. The segment
 * rule language ({@code org.osicam.core.segment}) provides implementations; hosts may write their
 * own. Implementations must be thread-safe and side-effect free.
 *
 * <pre>{@code
 * Eligibility adults = (customer, asOf) -> customer.number("age").orElse(0) >= 18;
 * }</pre>
 */
@FunctionalInterface
public interface Eligibility {
  /**
   * @param customer what the policy knows of the customer
   * @param asOf the decision time (relative dates and event windows end here)
   * @return whether the action may be offered
   */
  boolean test(CustomerState customer, Instant asOf);

  /** A short description for explanations (no personal data). */
  default String describe() {
    return "eligibility rule";
  }
}
