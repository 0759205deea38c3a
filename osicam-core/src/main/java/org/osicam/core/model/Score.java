package org.osicam.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * A score of one customer under a key: a finite number, optionally with a label (e.g. a segment
 * name or an RFM cell), and when it was computed. The latest score per customer and key is kept.
 *
 * <pre>{@code
 * Score s = Score.of(CustomerId.of("C1"), ScoreKey.of("clv.p_alive"), 0.83, Instant.now());
 * }</pre>
 *
 * @param customerId the customer
 * @param key the score key
 * @param value the numeric value, finite
 * @param label a label, or {@code null}
 * @param computedAt when it was computed
 */
public record Score(
    CustomerId customerId, ScoreKey key, double value, @Nullable String label, Instant computedAt) {

  /** Validates. */
  public Score {
    Checks.nonNull(customerId, "score.customerId");
    Checks.nonNull(key, "score.key");
    Checks.nonNull(computedAt, "score.computedAt");
    if (!Double.isFinite(value)) {
      throw new InvalidDataException("score.value", "finite", Double.toString(value));
    }
  }

  /**
   * A numeric score without a label.
   *
   * @param customerId customer
   * @param key key
   * @param value finite value
   * @param computedAt when
   * @return the score
   */
  public static Score of(CustomerId customerId, ScoreKey key, double value, Instant computedAt) {
    return new Score(customerId, key, value, null, computedAt);
  }
}
