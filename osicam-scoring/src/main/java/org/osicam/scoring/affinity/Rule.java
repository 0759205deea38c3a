package org.osicam.scoring.affinity;

import java.util.List;
import java.util.Objects;

/**
 * An association rule {@code X ⇒ {y}} over {@code N} baskets, with its interest measures.
 *
 * <p>With {@code n(S)} the number of baskets that contain every item of {@code S}: support = n(X ∪
 * {y}) / N; confidence = n(X ∪ {y}) / n(X) (with n(∅) = N); lift = confidence / (n(y) / N);
 * leverage = support − (n(X) / N)(n(y) / N); conviction = (1 − n(y) / N) / (1 − confidence), which
 * is {@link Double#POSITIVE_INFINITY} when the confidence is 1. Record equality compares the
 * doubles with {@link Double#compare}.
 *
 * <p>Obtained from {@link RuleSet#rules()}.
 *
 * @param antecedent the left-hand side X, item names in ascending order (may be empty: the rule
 *     then says how often y is bought at all)
 * @param consequent the right-hand side item y
 * @param count n(X ∪ {y}), the number of baskets that contain the whole rule
 * @param support count / N
 * @param confidence the estimated P(y | X)
 * @param lift confidence divided by the support of y; above 1 when X makes y more likely
 * @param leverage support minus the support expected if X and y were independent
 * @param conviction (1 − support of y) / (1 − confidence)
 */
public record Rule(
    List<String> antecedent,
    String consequent,
    int count,
    double support,
    double confidence,
    double lift,
    double leverage,
    double conviction) {

  /** Validates and copies. */
  public Rule {
    antecedent = List.copyOf(antecedent);
    Objects.requireNonNull(consequent, "consequent");
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
  }

  /** The number of items in the rule: antecedent plus one. */
  public int length() {
    return antecedent.size() + 1;
  }

  /**
   * The rule as text, e.g. {@code {honey} => {whole milk}}.
   *
   * @return the rule in arules notation
   */
  @Override
  public String toString() {
    return "{" + String.join(",", antecedent) + "} => {" + consequent + "}";
  }
}
