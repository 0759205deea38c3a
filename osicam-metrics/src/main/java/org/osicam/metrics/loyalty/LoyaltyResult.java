package org.osicam.metrics.loyalty;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.OptionalDouble;
import org.osicam.metrics.internal.Checks;

/**
 * Customer-base KPIs as of a date. Each rate throws {@link IllegalStateException} when its
 * denominator is zero. Record equality on doubles follows {@link Double#compare}.
 *
 * <p>Obtained from {@link LoyaltyAccumulator#snapshot()}.
 *
 * @param asOf last day of the current period
 * @param period length of a period
 * @param customersAtStart customers who bought in the previous period ("active at the start")
 * @param retained of those, customers who bought again in the current period
 * @param activeCustomers customers who bought in the current period
 * @param newCustomers customers whose first purchase ever falls in the current period
 * @param repeatCustomers customers with two or more orders in the current period
 * @param orders orders in the current period
 * @param revenue revenue in the current period
 * @param walletSpend current-period revenue of customers with a known category spend
 * @param walletTotal their total category spend
 */
public record LoyaltyResult(
    LocalDate asOf,
    Period period,
    long customersAtStart,
    long retained,
    long activeCustomers,
    long newCustomers,
    long repeatCustomers,
    long orders,
    double revenue,
    double walletSpend,
    double walletTotal) {

  /** Validates. */
  public LoyaltyResult {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    if (retained > customersAtStart
        || retained > activeCustomers
        || repeatCustomers > activeCustomers) {
      throw new IllegalArgumentException("counts are inconsistent");
    }
  }

  /** Retention rate: retained / customers at start (new customers excluded). */
  public double retentionRate() {
    return Checks.ratio(retained, customersAtStart, "customers at start");
  }

  /** Churn rate: 1 − retention rate (no purchase in the current period counts as lost). */
  public double churnRate() {
    return 1 - retentionRate();
  }

  /** Acquisition rate (base growth): new customers / customers at start. */
  public double acquisitionRate() {
    return Checks.ratio(newCustomers, customersAtStart, "customers at start");
  }

  /**
   * Repurchase rate: customers with two or more orders / customers with one or more, this period.
   */
  public double repurchaseRate() {
    return Checks.ratio(repeatCustomers, activeCustomers, "active customers");
  }

  /**
   * Loyalty rate, our definition: share of this period's buyers who also bought in the previous
   * period (returning rather than new or reactivated).
   */
  public double loyaltyRate() {
    return Checks.ratio(retained, activeCustomers, "active customers");
  }

  /** Average order value: revenue / orders in the current period. */
  public double averageOrderValue() {
    return Checks.ratio(revenue, orders, "orders");
  }

  /** Purchase frequency: orders per active customer in the current period. */
  public double purchaseFrequency() {
    return Checks.ratio(orders, activeCustomers, "active customers");
  }

  /**
   * Share of wallet: our revenue / total category spend, over customers with a known category
   * spend; empty when none was given.
   */
  public OptionalDouble shareOfWallet() {
    return walletTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of(walletSpend / walletTotal);
  }
}
