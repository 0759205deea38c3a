package org.osicam.core.consolidation;

import java.util.List;
import org.osicam.core.model.SourceKey;

/**
 * Why two records score as they do: the prior weight, one weight per attribute, their total and the
 * match probability {@code 2^total / (1 + 2^total)}. The same numbers drive the decision, so the
 * explanation never disagrees with it.
 *
 * @param left one record
 * @param right the other record
 * @param priorWeight {@code log2(prior / (1 - prior))}
 * @param attributes per attribute comparison (copied)
 * @param totalWeight prior weight plus the attribute weights
 * @param probability the match probability
 */
public record Explanation(
    SourceKey left,
    SourceKey right,
    double priorWeight,
    List<AttributeComparison> attributes,
    double totalWeight,
    double probability) {

  /** Copies. */
  public Explanation {
    attributes = List.copyOf(attributes);
  }
}
