package org.osicam.scoring.potential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;
import org.osicam.scoring.profitability.CustomerPnl;
import org.osicam.scoring.profitability.ProfitabilityReport;

/**
 * Potential = predicted future value, its gap to the current value, and share of wallet.
 *
 * <pre>{@code
 * Potential potential = Potential.builder()
 *     .futureValue(FutureValue.of(clvByCustomer))       // e.g. 12-month CLV
 *     .wallet(WalletEstimate.of(categorySpendByCustomer)) // optional
 *     .build();
 * List<CustomerPotential> out = potential.compute(Potential.currentFrom(lastYearReport));
 * }</pre>
 *
 * <p>Immutable and thread-safe (if the given functions are).
 */
public final class Potential {
  private final FutureValue future;
  private final @Nullable WalletEstimate wallet;

  private Potential(FutureValue future, @Nullable WalletEstimate wallet) {
    this.future = future;
    this.wallet = wallet;
  }

  /** Starts a configuration; the future value is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Current values from a P&amp;L: value = contribution margin, spend = revenue.
   *
   * @param report a profitability report over the recent period
   * @return one current value per customer of the report
   */
  public static List<CurrentValue> currentFrom(ProfitabilityReport report) {
    List<CurrentValue> out = new ArrayList<>();
    for (CustomerPnl c : report.customers()) {
      out.add(new CurrentValue(c.customerId(), c.pnl().contributionMargin(), c.pnl().revenue()));
    }
    return out;
  }

  /**
   * Computes every customer's potential.
   *
   * @param current the customers' current values
   * @return one result per customer, in input order
   * @throws InvalidDataException if a prediction or estimate is not finite, or an estimate is
   *     negative
   */
  public List<CustomerPotential> compute(List<CurrentValue> current) {
    List<CustomerPotential> out = new ArrayList<>(current.size());
    for (CurrentValue c : current) {
      OptionalDouble predicted = future.predictedValue(c.id());
      OptionalDouble gap = OptionalDouble.empty();
      if (predicted.isPresent()) {
        double p = predicted.getAsDouble();
        if (!Double.isFinite(p)) {
          throw new InvalidDataException("predicted value of " + c.id(), "finite", "" + p);
        }
        gap = OptionalDouble.of(p - c.value());
      }
      OptionalDouble share = OptionalDouble.empty();
      OptionalDouble headroom = OptionalDouble.empty();
      if (wallet != null) {
        OptionalDouble est = wallet.categorySpend(c.id());
        if (est.isPresent()) {
          double e = est.getAsDouble();
          if (!Double.isFinite(e) || e < 0) {
            throw new InvalidDataException(
                "category spend estimate of " + c.id(), "finite and >= 0", "" + e);
          }
          if (e > 0) {
            share = OptionalDouble.of(c.spend() / e);
          }
          headroom = OptionalDouble.of(Math.max(0, e - c.spend()));
        }
      }
      out.add(new CustomerPotential(c.id(), c.value(), predicted, gap, share, headroom));
    }
    return out;
  }

  /** Builds a {@link Potential}; not thread-safe. */
  public static final class Builder {
    private @Nullable FutureValue future;
    private @Nullable WalletEstimate wallet;

    private Builder() {}

    /**
     * Sets the predicted future value (required).
     *
     * @param value the model's predictions
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder futureValue(FutureValue value) {
      Objects.requireNonNull(value, "value");
      if (future != null) {
        throw new IllegalStateException("futureValue is already set");
      }
      future = value;
      return this;
    }

    /**
     * Sets the category-spend estimate (optional; enables share of wallet).
     *
     * @param estimate the estimate
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder wallet(WalletEstimate estimate) {
      Objects.requireNonNull(estimate, "estimate");
      if (wallet != null) {
        throw new IllegalStateException("wallet is already set");
      }
      wallet = estimate;
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @return the potential calculator
     * @throws IllegalStateException if no future value was set
     */
    public Potential build() {
      if (future == null) {
        throw new IllegalStateException(
            "futureValue is required (e.g. the CLV of the customer-base models)");
      }
      return new Potential(future, wallet);
    }
  }
}
