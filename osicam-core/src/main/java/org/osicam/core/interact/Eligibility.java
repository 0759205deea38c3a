package org.osicam.core.interact;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.osicam.core.model.ScoreKey;
import org.osicam.core.segment.Rule;
import org.osicam.core.segment.Schema;

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

  /**
   * A rule of the segment language ({@code org.osicam.core.segment}), checked against a schema now.
   * The rule sees the customer's attributes, his scores (or numeric attributes of the same name),
   * and his interaction outcomes as events named by status ({@code "purchased"}, {@code "clicked"},
   * ...); relative dates and windows end on the UTC date of the decision time.
   *
   * @param rule the rule
   * @param schema what the rule may refer to
   * @return the eligibility
   * @throws org.osicam.core.InvalidDataException if the rule refers to an unknown name or compares
   *     a wrong type
   */
  static Eligibility rule(Rule rule, Schema schema) {
    return rule(rule, schema, Map.of());
  }

  /**
   * A rule of the segment language with the reference populations of the scores it ranks as
   * percentiles.
   *
   * @param rule the rule
   * @param schema what the rule may refer to
   * @param references for each score ranked as a percentile, the population's values
   * @return the eligibility
   * @throws org.osicam.core.InvalidDataException if the rule does not fit the schema
   */
  static Eligibility rule(Rule rule, Schema schema, Map<ScoreKey, double[]> references) {
    return new SegmentRuleEligibility(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(schema, "schema"),
        references,
        "eligibility");
  }

  /** A short description for explanations (no personal data). */
  default String describe() {
    return "eligibility rule";
  }
}
