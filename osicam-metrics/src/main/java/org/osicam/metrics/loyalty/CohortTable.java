package org.osicam.metrics.loyalty;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Cohort retention table by first-purchase month.
 *
 * <pre>{@code
 * CohortTable table = cohorts.snapshot();
 * for (CohortRow row : table.rows()) {
 *   System.out.println(row.cohort() + ": " + row.size() + " customers, " + row.retention(1));
 * }
 * }</pre>
 *
 * @param lastMonth the last month covered (the month of the as-of date)
 * @param rows one row per cohort, oldest first
 */
public record CohortTable(YearMonth lastMonth, List<CohortRow> rows) {
  /** Validates and copies. */
  public CohortTable {
    Objects.requireNonNull(lastMonth, "lastMonth");
    rows = List.copyOf(rows);
  }
}
