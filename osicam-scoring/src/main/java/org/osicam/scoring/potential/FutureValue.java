package org.osicam.scoring.potential;

import java.util.Map;
import java.util.OptionalDouble;
import org.osicam.core.model.CustomerId;

/**
 * A customer's predicted value over a future horizon, e.g. the CLV of the customer-base models
 * (BG/NBD or Pareto/NBD with Gamma-Gamma) over 12 months. The horizon is the model's; compare it
 * with a current value measured over a period of the same length.
 *
 * <p>Wiring: any model that scores customers fits, for example a map of the {@code clv} column of
 * {@code osicam score}, the scores stored in the knowledge base under the CLV score key, or a
 * lambda over a fitted model.
 *
 * <pre>{@code
 * FutureValue clv = FutureValue.of(Map.of(CustomerId.of("C1"), 182.0));
 * FutureValue fromModel = id -> OptionalDouble.of(model.clv(summaryOf(id), 12));
 * }</pre>
 */
@FunctionalInterface
public interface FutureValue {

  /**
   * The predicted value of a customer.
   *
   * @param id the customer
   * @return the finite prediction, or empty when the model has none for this customer
   */
  OptionalDouble predictedValue(CustomerId id);

  /**
   * Predictions held in a map (copied).
   *
   * @param values prediction per customer
   * @return the future value
   */
  static FutureValue of(Map<CustomerId, Double> values) {
    return new MapLookup(values);
  }
}
