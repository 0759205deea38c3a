package org.osicam.scoring.affinity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.osicam.scoring.internal.SetOnce;

/**
 * Next best product: ranks the products a customer does not have by the association rules their
 * history triggers. A rule {@code X ⇒ {y}} triggers when the customer has every item of X and not
 * y; each product is scored by its best triggered rule (highest confidence, the estimated P(y | X),
 * or highest lift), ties broken by the other measure, then support, then name. With rules per
 * segment, a customer of a known segment gets recommendations from the rules learned within that
 * segment (falling back to the global rules when the segment has none). Immutable, thread-safe.
 *
 * <pre>{@code
 * NextBestProduct nbp = NextBestProduct.builder().rules(ruleSet).maxResults(3).build();
 * for (Recommendation r : nbp.recommend(Set.of("honey", "rolls/buns"))) {
 *   System.out.println(r.product() + " because " + r.explanation());
 * }
 * }</pre>
 */
public final class NextBestProduct {

  /** The measure that ranks recommendations. */
  public enum Ranking {
    /** The confidence of the best rule: the estimated probability of buying the product. */
    CONFIDENCE,
    /** The lift of the best rule: how much the history raises that probability. */
    LIFT
  }

  private final @Nullable RuleSet global;
  private final Map<String, RuleSet> bySegment;
  private final Ranking ranking;
  private final int maxResults;
  private final double minLift;
  private final Comparator<Rule> better;

  private NextBestProduct(Builder b) {
    this.global = b.global;
    this.bySegment = Map.copyOf(b.bySegment);
    this.ranking = b.ranking;
    this.maxResults = b.maxResults;
    this.minLift = b.minLift;
    Comparator<Rule> primary =
        ranking == Ranking.CONFIDENCE
            ? Comparator.comparingDouble(Rule::confidence).thenComparingDouble(Rule::lift)
            : Comparator.comparingDouble(Rule::lift).thenComparingDouble(Rule::confidence);
    this.better =
        primary
            .thenComparingDouble(Rule::support)
            .reversed()
            .thenComparing(Rule::antecedent, RuleMiner::compareLists);
  }

  /** A builder; give at least global rules or rules per segment. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Recommends from the global rules.
   *
   * @param owned the products in the customer's history
   * @return up to {@code maxResults} recommendations, best first (empty when no rule triggers)
   * @throws IllegalStateException if no global rules were given
   */
  public List<Recommendation> recommend(Collection<String> owned) {
    RuleSet rules = global;
    if (rules == null) {
      throw new IllegalStateException("no global rules; give a segment or set rules(..)");
    }
    return recommend(owned, rules, null);
  }

  /**
   * Recommends from the rules learned within the customer's segment, or from the global rules when
   * that segment has no rules.
   *
   * @param owned the products in the customer's history
   * @param segment the customer's segment label
   * @return up to {@code maxResults} recommendations, best first
   * @throws IllegalStateException if the segment has no rules and no global rules were given
   */
  public List<Recommendation> recommend(Collection<String> owned, String segment) {
    Objects.requireNonNull(segment, "segment");
    RuleSet rules = bySegment.get(segment);
    if (rules != null) {
      return recommend(owned, rules, segment);
    }
    return recommend(owned);
  }

  private List<Recommendation> recommend(
      Collection<String> owned, RuleSet rules, @Nullable String segment) {
    Set<String> have = owned instanceof Set<?> ? (Set<String>) owned : new HashSet<>(owned);
    Map<String, Rule> best = new HashMap<>();
    Map<String, Integer> triggered = new HashMap<>();
    for (Rule r : rules.rules()) {
      if (r.lift() < minLift
          || have.contains(r.consequent())
          || !have.containsAll(r.antecedent())) {
        continue;
      }
      triggered.merge(r.consequent(), 1, Integer::sum);
      best.merge(r.consequent(), r, (a, b) -> better.compare(a, b) <= 0 ? a : b);
    }
    List<Map.Entry<String, Rule>> ranked = new ArrayList<>(new TreeMap<>(best).entrySet());
    ranked.sort(
        Comparator.comparing((Map.Entry<String, Rule> e) -> e.getValue(), better)
            .thenComparing(Map.Entry::getKey));
    List<Recommendation> out = new ArrayList<>();
    for (Map.Entry<String, Rule> e : ranked) {
      if (out.size() == maxResults) {
        break;
      }
      Rule r = e.getValue();
      double score = ranking == Ranking.CONFIDENCE ? r.confidence() : r.lift();
      out.add(
          new Recommendation(
              e.getKey(), score, r, Objects.requireNonNull(triggered.get(e.getKey())), segment));
    }
    return List.copyOf(out);
  }

  /** Builds a {@link NextBestProduct}; each option may be set once. */
  public static final class Builder {
    private @Nullable RuleSet global;
    private final Map<String, RuleSet> bySegment = new TreeMap<>();
    private Ranking ranking = Ranking.CONFIDENCE;
    private int maxResults = 5;
    private double minLift = 1.0;
    private final SetOnce options = new SetOnce();

    private Builder() {}

    /**
     * The global rules (all customers).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(RuleSet rules) {
      Objects.requireNonNull(rules, "rules");
      options.check("rules");
      this.global = rules;
      return this;
    }

    /**
     * Rules learned within each segment, e.g. from {@link RuleMiner#mineBySegment}.
     *
     * @param rules segment label to its rules (copied)
     * @return this builder
     */
    public Builder segmentRules(Map<String, RuleSet> rules) {
      Objects.requireNonNull(rules, "rules");
      options.check("segmentRules");
      bySegment.putAll(rules);
      return this;
    }

    /**
     * The ranking measure (default confidence).
     *
     * @param ranking the measure
     * @return this builder
     */
    public Builder rankBy(Ranking ranking) {
      Objects.requireNonNull(ranking, "ranking");
      options.check("rankBy");
      this.ranking = ranking;
      return this;
    }

    /**
     * The maximum number of recommendations per customer (default 5).
     *
     * @param maxResults at least 1
     * @return this builder
     */
    public Builder maxResults(int maxResults) {
      if (maxResults < 1) {
        throw new IllegalArgumentException("maxResults must be >= 1, was " + maxResults);
      }
      options.check("maxResults");
      this.maxResults = maxResults;
      return this;
    }

    /**
     * Ignores rules with a lower lift (default 1: a rule must not make the product less likely;
     * rules with an empty antecedent have lift 1 and act as a popularity fallback).
     *
     * @param minLift at least 0
     * @return this builder
     */
    public Builder minLift(double minLift) {
      if (!(minLift >= 0.0) || Double.isInfinite(minLift)) {
        throw new IllegalArgumentException("minLift must be finite and >= 0, was " + minLift);
      }
      options.check("minLift");
      this.minLift = minLift;
      return this;
    }

    /**
     * Builds the recommender.
     *
     * @return the recommender
     * @throws IllegalStateException if neither global nor segment rules were given
     */
    public NextBestProduct build() {
      if (global == null && bySegment.isEmpty()) {
        throw new IllegalStateException("give rules(..) or segmentRules(..)");
      }
      return new NextBestProduct(this);
    }
  }
}
