package org.osicam.scoring.profitability;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.model.CustomerId;

/**
 * One customer's P&amp;L, over the whole input or over one period.
 *
 * <p>Obtained from {@link ProfitabilityReport#customer}, {@link ProfitabilityReport#customers()}
 * and {@link ProfitabilityReport#periods()}.
 *
 * @param customerId the customer
 * @param periodStart first day of the period, or {@code null} for the whole input
 * @param pnl the amounts
 */
public record CustomerPnl(CustomerId customerId, @Nullable LocalDate periodStart, Pnl pnl) {
  /** Validates. */
  public CustomerPnl {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(pnl, "pnl");
  }
}
