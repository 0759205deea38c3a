package org.osicam.scoring.profitability;

import java.util.Objects;

/**
 * The P&amp;L of a segment: the sum of its customers' P&amp;Ls.
 *
 * <p>Obtained from {@link ProfitabilityReport#bySegment}.
 *
 * @param segment the segment name
 * @param customers number of customers
 * @param pnl the summed amounts
 */
public record SegmentPnl(String segment, long customers, Pnl pnl) {
  /** Validates. */
  public SegmentPnl {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(pnl, "pnl");
  }

  /**
   * Contribution margin per customer.
   *
   * @return the average
   * @throws IllegalStateException if the segment has no customer
   */
  public double contributionPerCustomer() {
    if (customers == 0) {
      throw new IllegalStateException("segment '" + segment + "' has no customer");
    }
    return pnl.contributionMargin() / customers;
  }
}
