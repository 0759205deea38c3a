package org.osicam.scoring.potential;

import java.util.Objects;
import java.util.OptionalDouble;
import org.osicam.core.model.CustomerId;

/**
 * One customer's potential.
 *
 * <pre>{@code
 * List<CustomerPotential> out = Potential.builder()
 *     .futureValue(FutureValue.of(clvByCustomer))
 *     .wallet(WalletEstimate.of(categorySpend))
 *     .build()
 *     .compute(Potential.currentFrom(lastYear));
 * for (CustomerPotential p : out) {
 *   System.out.println(p.id() + " gap " + p.gap() + ", share of wallet " + p.shareOfWallet());
 * }
 * }</pre>
 *
 * @param id the customer
 * @param currentValue the current value
 * @param predictedValue the predicted future value, empty when the model has none
 * @param gap predicted minus current value (positive = room to grow), empty without a prediction
 * @param shareOfWallet current spend / estimated category spend, empty without an estimate or when
 *     the estimate is 0
 * @param walletHeadroom estimated category spend minus current spend (never below 0), empty without
 *     an estimate
 */
public record CustomerPotential(
    CustomerId id,
    double currentValue,
    OptionalDouble predictedValue,
    OptionalDouble gap,
    OptionalDouble shareOfWallet,
    OptionalDouble walletHeadroom) {
  /** Validates. */
  public CustomerPotential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(predictedValue, "predictedValue");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(shareOfWallet, "shareOfWallet");
    Objects.requireNonNull(walletHeadroom, "walletHeadroom");
  }
}
