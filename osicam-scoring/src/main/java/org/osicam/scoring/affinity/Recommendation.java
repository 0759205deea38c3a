package org.osicam.scoring.affinity;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A product recommended to a customer, with the rule that triggered it.
 *
 * <p>Obtained from {@link NextBestProduct#recommend}.
 *
 * @param product the recommended product (one the customer does not have)
 * @param score the ranking measure of the best triggered rule (its confidence or its lift)
 * @param rule the best rule whose antecedent the customer's history contains and whose consequent
 *     is {@code product}
 * @param triggeredRules how many rules of the customer's history point to {@code product}
 * @param segment the segment whose rules were used, or {@code null} for the global rules
 */
public record Recommendation(
    String product, double score, Rule rule, int triggeredRules, @Nullable String segment) {

  /** Validates. */
  public Recommendation {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * Why this product: which items of the history triggered which rule, and its measures.
   *
   * @return e.g. {@code "bought {honey} => whole milk: confidence 0.733, lift 2.87, 11 baskets"}
   */
  public String explanation() {
    String because =
        rule.antecedent().isEmpty()
            ? "popular overall"
            : "bought {" + String.join(", ", rule.antecedent()) + "}";
    return String.format(
        Locale.ROOT,
        "%s => %s: confidence %.3g, lift %.3g, %d baskets%s%s",
        because,
        product,
        rule.confidence(),
        rule.lift(),
        rule.count(),
        triggeredRules > 1 ? ", " + (triggeredRules - 1) + " more rule(s) agree" : "",
        segment == null ? "" : ", rules of segment " + segment);
  }
}
