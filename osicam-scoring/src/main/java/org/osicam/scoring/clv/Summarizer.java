package org.osicam.scoring.clv;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.osicam.core.InvalidDataException;

/**
 * Turns transactions into {@link CustomerSummaries} with the exact semantics of the {@code
 * lifetimes} package: transactions are bucketed into periods (days or Monday–Sunday weeks); several
 * transactions in one period count as one; frequency counts the periods after the first; recency is
 * last minus first period; T is the observation end's period minus the first; the monetary value is
 * the mean of the per-period totals of the repeat periods. Transactions after the observation end
 * are ignored.
 *
 * <p>With a calibration end, the summary covers the calibration period (customers whose first
 * purchase is after it are left out) and two holdout columns are added: the number of distinct
 * periods with a purchase after the calibration end and up to the observation end, and the holdout
 * length.
 *
 * <pre>{@code
 * Summarizer summarizer = Summarizer.builder()
 *     .observationEnd(LocalDate.of(1997, 9, 30))
 *     .period(Granularity.DAY)
 *     .unit(Granularity.WEEK)
 *     .build();
 * CustomerSummaries s = summarizer.summarize(ids, epochDays, amounts);
 * }</pre>
 *
 * <p>The work is columnar (no object per transaction): summarising ten million transactions takes a
 * few seconds and memory proportional to the input.
 */
public final class Summarizer {
  private final LocalDate observationEnd;
  private final @Nullable LocalDate calibrationEnd;
  private final Granularity period;
  private final Granularity unit;

  private Summarizer(Builder b) {
    this.observationEnd = Objects.requireNonNull(b.observationEnd);
    this.calibrationEnd = b.calibrationEnd;
    this.period = b.period == null ? Granularity.DAY : b.period;
    this.unit = b.unit == null ? this.period : b.unit;
  }

  /** A builder; the observation end is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Summarises transactions given as columns.
   *
   * @param customerIds the customer of each transaction
   * @param epochDays the date of each transaction as {@link LocalDate#toEpochDay()}
   * @param amounts the value of each transaction, or {@code null} for no monetary values
   * @return one row per customer, in order of first appearance in the input
   * @throws IllegalArgumentException if the lengths differ
   * @throws InvalidDataException if an id is null, an amount is not finite, or no transaction is on
   *     or before the (calibration) end
   */
  public CustomerSummaries summarize(
      String[] customerIds, long[] epochDays, double @Nullable [] amounts) {
    Objects.requireNonNull(customerIds, "customerIds");
    Objects.requireNonNull(epochDays, "epochDays");
    int n = customerIds.length;
    if (epochDays.length != n || (amounts != null && amounts.length != n)) {
      throw new IllegalArgumentException("customerIds, epochDays and amounts differ in length");
    }
    // open addressing on the ids' own hash codes: no boxing, one int per slot
    int cap = Integer.highestOneBit(Math.max(16, n / 4) * 2 - 1) << 1;
    int[] table = new int[cap];
    Arrays.fill(table, -1);
    int mask = cap - 1;
    int[] customer = new int[n];
    String[] names = new String[16];
    int customers = 0;
    for (int i = 0; i < n; i++) {
      String id = customerIds[i];
      if (id == null) {
        throw new InvalidDataException(
            "customer_id",
            "non-null",
            "null",
            "customer_id must be non-null (row " + (i + 1) + ")");
      }
      if (amounts != null && !Double.isFinite(amounts[i])) {
        throw CustomerSummaries.bad("amount", i, "a finite number", amounts[i]);
      }
      int h = id.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      while (true) {
        int k = table[slot];
        if (k < 0) {
          if (customers == names.length) {
            names = Arrays.copyOf(names, customers * 2);
          }
          names[customers] = id;
          table[slot] = customers;
          customer[i] = customers++;
          if (customers * 2 > cap) {
            cap <<= 1;
            mask = cap - 1;
            table = rehash(names, customers, cap);
          }
          break;
        }
        String known = names[k];
        if (known == id || known.equals(id)) {
          customer[i] = k;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return summarize(customer, Arrays.copyOf(names, customers), epochDays, amounts);
  }

  /**
   * Summarises transactions whose customers are already numbered {@code 0..ids.length-1} (the
   * fastest entry point).
   *
   * @param customerIndex the customer number of each transaction
   * @param ids the id of each customer number
   * @param epochDays the date of each transaction as {@link LocalDate#toEpochDay()}
   * @param amounts the value of each transaction, or {@code null}
   * @return one row per customer with at least one transaction up to the (calibration) end, in
   *     customer-number order
   * @throws IllegalArgumentException if the lengths differ or a customer number is out of range
   * @throws InvalidDataException if no transaction is on or before the (calibration) end
   */
  public CustomerSummaries summarize(
      int[] customerIndex, String[] ids, long[] epochDays, double @Nullable [] amounts) {
    int n = customerIndex.length;
    if (epochDays.length != n || (amounts != null && amounts.length != n)) {
      throw new IllegalArgumentException("customerIndex, epochDays and amounts differ in length");
    }
    int customers = ids.length;
    long endDay = observationEnd.toEpochDay();
    long calDay = calibrationEnd == null ? endDay : calibrationEnd.toEpochDay();
    long endPeriod = period.periodOf(endDay);
    long calPeriod = period.periodOf(calDay);
    // counting sort of the transactions up to the observation end by customer
    int[] start = new int[customers + 1];
    long minPeriod = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      int c = customerIndex[i];
      if (c < 0 || c >= customers) {
        throw new IllegalArgumentException("customer number out of range at row " + (i + 1));
      }
      if (epochDays[i] <= endDay) {
        start[c + 1]++;
        minPeriod = Math.min(minPeriod, period.periodOf(epochDays[i]));
      }
    }
    for (int c = 0; c < customers; c++) {
      start[c + 1] += start[c];
    }
    int kept = start[customers];
    long[] keys = new long[kept];
    int[] fill = Arrays.copyOf(start, customers);
    for (int i = 0; i < n; i++) {
      if (epochDays[i] <= endDay) {
        long p = period.periodOf(epochDays[i]) - minPeriod;
        keys[fill[customerIndex[i]]++] = (p << 32) | i;
      }
    }
    double scale = (double) period.days() / unit.days();
    double holdoutLength = (endPeriod - calPeriod) * scale;
    boolean split = calibrationEnd != null;
    String[] outIds = new String[customers];
    double[] x = new double[customers];
    double[] tx = new double[customers];
    double[] t = new double[customers];
    double[] m = amounts == null ? null : new double[customers];
    double[] xh = split ? new double[customers] : null;
    double[] dh = split ? new double[customers] : null;
    int rows = 0;
    for (int c = 0; c < customers; c++) {
      int from = start[c];
      int to = start[c + 1];
      if (from == to) {
        continue;
      }
      Arrays.sort(keys, from, to);
      long first = -1;
      long last = -1;
      long count = 0;
      double repeatSum = 0;
      double periodSum = 0;
      long holdoutPeriods = 0;
      long lastHoldout = Long.MIN_VALUE;
      for (int k = from; k < to; k++) {
        long p = (keys[k] >>> 32) + minPeriod;
        int row = (int) keys[k];
        if (epochDays[row] > calDay) {
          if (p != lastHoldout) {
            holdoutPeriods++;
            lastHoldout = p;
          }
          continue;
        }
        double amount = amounts == null ? 0 : amounts[row];
        if (first < 0) {
          first = p;
          last = p;
        } else if (p != last) {
          if (last != first) {
            repeatSum += periodSum;
          }
          count++;
          last = p;
          periodSum = 0;
        }
        periodSum += amount;
      }
      if (first < 0) {
        continue; // first purchase after the calibration end
      }
      if (last != first) {
        repeatSum += periodSum;
      }
      outIds[rows] = ids[c];
      x[rows] = count;
      tx[rows] = (last - first) * scale;
      t[rows] = (calPeriod - first) * scale;
      if (m != null) {
        m[rows] = count == 0 ? 0 : repeatSum / count;
      }
      if (xh != null && dh != null) {
        xh[rows] = holdoutPeriods;
        dh[rows] = holdoutLength;
      }
      rows++;
    }
    if (rows == 0) {
      throw new InvalidDataException(
          "date",
          "on or before " + (split ? calibrationEnd : observationEnd) + " for some transaction",
          "none",
          "no transaction on or before the "
              + (split
                  ? "calibration end " + calibrationEnd
                  : "observation end " + observationEnd));
    }
    return new CustomerSummaries(
        Arrays.copyOf(outIds, rows),
        Arrays.copyOf(x, rows),
        Arrays.copyOf(tx, rows),
        Arrays.copyOf(t, rows),
        m == null ? null : Arrays.copyOf(m, rows),
        null,
        xh == null ? null : Arrays.copyOf(xh, rows),
        dh == null ? null : Arrays.copyOf(dh, rows));
  }

  private static int[] rehash(String[] names, int count, int cap) {
    int[] table = new int[cap];
    Arrays.fill(table, -1);
    int mask = cap - 1;
    for (int k = 0; k < count; k++) {
      int h = names[k].hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      while (table[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = k;
    }
    return table;
  }

  /** Builds a {@link Summarizer}. */
  public static final class Builder {
    private @Nullable LocalDate observationEnd;
    private @Nullable LocalDate calibrationEnd;
    private @Nullable Granularity period;
    private @Nullable Granularity unit;

    private Builder() {}

    /**
     * @param end the last day observed (inclusive)
     * @return this builder
     */
    public Builder observationEnd(LocalDate end) {
      Objects.requireNonNull(end, "end");
      if (observationEnd != null) {
        throw new IllegalStateException("observationEnd already set");
      }
      observationEnd = end;
      return this;
    }

    /**
     * @param end the last day of the calibration period (inclusive)
     * @return this builder
     */
    public Builder calibrationEnd(LocalDate end) {
      Objects.requireNonNull(end, "end");
      if (calibrationEnd != null) {
        throw new IllegalStateException("calibrationEnd already set");
      }
      calibrationEnd = end;
      return this;
    }

    /**
     * @param period how transactions are bucketed (default {@link Granularity#DAY})
     * @return this builder
     */
    public Builder period(Granularity period) {
      Objects.requireNonNull(period, "period");
      if (this.period != null) {
        throw new IllegalStateException("period already set");
      }
      this.period = period;
      return this;
    }

    /**
     * @param unit the time unit of recency, T and the holdout duration (default: the period)
     * @return this builder
     */
    public Builder unit(Granularity unit) {
      Objects.requireNonNull(unit, "unit");
      if (this.unit != null) {
        throw new IllegalStateException("unit already set");
      }
      this.unit = unit;
      return this;
    }

    /**
     * @return the summarizer
     * @throws IllegalStateException if no observation end was set
     * @throws IllegalArgumentException if the calibration end is after the observation end
     */
    public Summarizer build() {
      if (observationEnd == null) {
        throw new IllegalStateException("observationEnd not set");
      }
      if (calibrationEnd != null && calibrationEnd.isAfter(observationEnd)) {
        throw new IllegalArgumentException(
            "calibrationEnd must be on or before observationEnd, was "
                + calibrationEnd
                + " > "
                + observationEnd);
      }
      return new Summarizer(this);
    }
  }
}
