package org.osicam.scoring.events;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;
import org.osicam.core.model.ScoreKey;

/**
 * P(alive) of a customer at a date, from a fitted customer-base model (BG/NBD, Pareto/NBD) or any
 * other source. A host wires a fitted model in with a lambda that summarises the history
 * (frequency, recency, age) and asks the model; {@link #fromScore(ScoreKey)} reads a stored score.
 *
 * <pre>{@code
 * AliveProbability pAlive = (history, asOf) -> OptionalDouble.of(model.pAlive(summary(history, asOf)));
 * }</pre>
 */
@FunctionalInterface
public interface AliveProbability {

  /**
   * The probability that the customer is still active at {@code asOf}.
   *
   * @param history the customer's history
   * @param asOf the evaluation date
   * @return a value in [0, 1], or empty when unknown for this customer
   */
  OptionalDouble at(CustomerHistory history, Instant asOf);

  /**
   * Reads P(alive) from the history's current value of a score.
   *
   * @param key the score key, e.g. {@code clv.p_alive}
   * @return the source
   */
  static AliveProbability fromScore(ScoreKey key) {
    Objects.requireNonNull(key, "key");
    return (history, asOf) -> history.currentScore(key);
  }
}
