package org.osicam.core.interact;

/**
 * Whether a customer may receive an action, over what the policy knows of the customer. The segment
 * rule language ({@code org.osicam.core.segment}) provides implementations; hosts may write their
 * own. Implementations must be thread-safe and side-effect free.
 *
 * <pre>{@code
 * Eligibility adults = customer -> customer.number("age").orElse(0) >= 18;
 * }</pre>
 */
@FunctionalInterface
public interface Eligibility {
  /**
   * @param customer what the policy knows of the customer
   * @return whether the action may be offered
   */
  boolean test(CustomerState customer);

  /** A short description for explanations (no personal data). */
  default String describe() {
    return "eligibility rule";
  }
}
