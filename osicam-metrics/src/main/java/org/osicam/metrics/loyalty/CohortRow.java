package org.osicam.metrics.loyalty;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One cohort of a {@link CohortTable}.
 *
 * <p>Obtained from {@link CohortTable#rows()}.
 *
 * @param cohort the month of the first purchase
 * @param size customers in the cohort
 * @param active customers of the cohort who bought in month k after the first, from k = 0 (equal to
 *     {@code size}) to the table's last month
 */
public record CohortRow(YearMonth cohort, long size, List<Long> active) {
  /** Validates and copies. */
  public CohortRow {
    Objects.requireNonNull(cohort, "cohort");
    active = List.copyOf(active);
    if (size <= 0) {
      throw new IllegalArgumentException("a cohort has at least one customer");
    }
  }

  /**
   * Retention in month k: active(k) / size.
   *
   * @param k months since the cohort's first month, from 0 to {@code active().size() - 1}
   * @return the share
   * @throws IndexOutOfBoundsException beyond the table's last month
   */
  public double retention(int k) {
    return (double) active.get(k) / size;
  }
}
