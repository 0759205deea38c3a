package org.osicam.metrics.loyalty;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Customer-base KPIs as of a date: retention, churn, acquisition, repurchase and loyalty rates,
 * average order value, purchase frequency and share of wallet. The current period is {@code (asOf −
 * period, asOf]}, the previous one the period before it; purchases after {@code asOf} are ignored,
 * earlier ones only tell when a customer first bought.
 *
 * <pre>{@code
 * LoyaltyAccumulator acc = Loyalty.accumulator(LocalDate.of(2024, 6, 30), Period.ofMonths(6));
 * acc.add("C1", LocalDate.of(2023, 11, 3), 40.0);
 * acc.add("C1", LocalDate.of(2024, 2, 9), 25.0);
 * LoyaltyResult r = acc.snapshot();
 * r.retentionRate();   // customers of the previous period who bought again in the current one
 * }</pre>
 */
public final class Loyalty {
  private Loyalty() {}

  /**
   * A new empty accumulator.
   *
   * @param asOf the last day of the current period (inclusive)
   * @param period the length of a period, positive, e.g. {@code Period.ofMonths(12)}
   * @return the accumulator
   */
  public static LoyaltyAccumulator accumulator(LocalDate asOf, Period period) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return new LoyaltyAccumulator(asOf, period);
  }
}
