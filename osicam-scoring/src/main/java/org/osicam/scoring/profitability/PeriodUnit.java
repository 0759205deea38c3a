package org.osicam.scoring.profitability;

import java.time.LocalDate;

/**
 * Calendar periods of a per-period P&amp;L.
 *
 * <p>Passed to {@link Profitability.Builder#period}.
 */
public enum PeriodUnit {
  /** Calendar months. */
  MONTH,
  /** Calendar quarters (January, April, July, October). */
  QUARTER,
  /** Calendar years. */
  YEAR;

  /**
   * The first day of the period that contains a date.
   *
   * @param date a date
   * @return the start of its period
   */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case YEAR -> LocalDate.of(date.getYear(), 1, 1);
    };
  }
}
