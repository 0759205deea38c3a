package org.osicam.scoring.affinity;

/**
 * Entry point for association-rule mining.
 *
 * <pre>{@code
 * RuleSet rules = AssociationRules.miner()
 *     .minSupport(0.001)
 *     .minConfidence(0.5)
 *     .build()
 *     .mine(baskets);
 * rules.rules().forEach(r -> System.out.println(r + " lift " + r.lift()));
 * }</pre>
 */
public final class AssociationRules {
  private AssociationRules() {}

  /**
   * A builder for a {@link RuleMiner}, with the arules defaults: minimum support 0.1, minimum
   * confidence 0.8, minimum length 1, maximum length 10.
   *
   * @return a new builder
   */
  public static RuleMiner.Builder miner() {
    return RuleMiner.builder();
  }
}
