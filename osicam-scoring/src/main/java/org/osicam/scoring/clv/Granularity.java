package org.osicam.scoring.clv;

/**
 * A period length: how transactions are bucketed, and the unit summaries are expressed in.
 *
 * <p>Passed to {@link Summarizer.Builder#period} and {@link Summarizer.Builder#unit}.
 */
public enum Granularity {
  /** Calendar days. */
  DAY(1),
  /** Weeks from Monday to Sunday (as pandas' {@code W} frequency used by lifetimes). */
  WEEK(7);

  private final int days;

  Granularity(int days) {
    this.days = days;
  }

  /** The length in days. */
  public int days() {
    return days;
  }

  /** The index of the period that holds the given epoch day. */
  long periodOf(long epochDay) {
    // 1970-01-01 is a Thursday: shifting by 3 makes weeks start on Monday
    return this == DAY ? epochDay : Math.floorDiv(epochDay + 3, 7);
  }
}
