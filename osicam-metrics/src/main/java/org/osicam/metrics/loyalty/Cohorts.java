package org.osicam.metrics.loyalty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Cohort retention tables: customers grouped by the month of their first purchase; R(c, k) = share
 * of cohort c that bought in its k-th month after the first (k = 0 is the first month, always 1).
 *
 * <pre>{@code
 * CohortAccumulator acc = Cohorts.accumulator(LocalDate.of(2024, 6, 30));
 * acc.add("C1", LocalDate.of(2024, 1, 5));
 * acc.add("C1", LocalDate.of(2024, 3, 2));
 * CohortTable table = acc.snapshot();
 * table.rows().get(0).retention(2);   // 1.0
 * }</pre>
 */
public final class Cohorts {
  private Cohorts() {}

  /**
   * A new empty accumulator.
   *
   * @param asOf purchases after this date are ignored; the table runs to its month
   * @return the accumulator
   */
  public static CohortAccumulator accumulator(LocalDate asOf) {
    return new CohortAccumulator(Objects.requireNonNull(asOf, "asOf"));
  }
}
