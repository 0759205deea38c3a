package org.osicam.scoring.potential;

import java.util.Map;
import java.util.OptionalDouble;
import org.osicam.core.model.CustomerId;

/**
 * The host's estimate of a customer's total spend in the category, across all suppliers, over the
 * same period as the customer's current spend with us (from a survey, a panel, a data provider or a
 * model).
 *
 * <pre>{@code
 * WalletEstimate wallet = WalletEstimate.of(Map.of(CustomerId.of("C1"), 1000.0));
 * Potential potential = Potential.builder()
 *     .futureValue(FutureValue.of(clvByCustomer))
 *     .wallet(wallet)
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface WalletEstimate {

  /**
   * The estimated category spend of a customer.
   *
   * @param id the customer
   * @return the finite, non-negative estimate, or empty when unknown
   */
  OptionalDouble categorySpend(CustomerId id);

  /**
   * Estimates held in a map (copied).
   *
   * @param spend estimate per customer
   * @return the wallet estimate
   */
  static WalletEstimate of(Map<CustomerId, Double> spend) {
    return new MapLookup(spend);
  }
}
