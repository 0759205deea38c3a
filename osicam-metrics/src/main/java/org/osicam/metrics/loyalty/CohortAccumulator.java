package org.osicam.metrics.loyalty;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.osicam.core.InvalidDataException;
import org.osicam.metrics.MetricAccumulator;

/**
 * Accumulates purchase months per customer for a {@link CohortTable}. Mutable and not thread-safe.
 * Obtain from {@link Cohorts#accumulator(LocalDate)}.
 *
 * <pre>{@code
 * CohortAccumulator cohorts = Cohorts.accumulator(LocalDate.of(2024, 6, 30));
 * cohorts.add("C1", LocalDate.of(2024, 1, 15));
 * cohorts.add("C1", LocalDate.of(2024, 3, 2));
 * CohortTable table = cohorts.snapshot();
 * }</pre>
 */
public final class CohortAccumulator implements MetricAccumulator<CohortAccumulator, CohortTable> {
  private static final YearMonth ORIGIN = YearMonth.of(1900, 1);
  private final LocalDate asOf;
  private final Map<String, BitSet> months = new HashMap<>();
  private long count;

  CohortAccumulator(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Adds one purchase.
   *
   * @param customerId the buyer
   * @param date the purchase date, from 1900 on
   * @return this accumulator
   * @throws InvalidDataException if the id is blank or the date before 1900
   */
  public CohortAccumulator add(String customerId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (customerId.isBlank()) {
      throw new InvalidDataException("customerId", "non-blank", "\"\"");
    }
    if (date.getYear() < 1900) {
      throw new InvalidDataException("date", "from 1900 on", date.toString());
    }
    count++;
    if (!date.isAfter(asOf)) {
      months
          .computeIfAbsent(customerId, k -> new BitSet())
          .set((int) ChronoUnit.MONTHS.between(ORIGIN, YearMonth.from(date)));
    }
    return this;
  }

  @Override
  public void merge(CohortAccumulator other) {
    if (!other.asOf.equals(asOf)) {
      throw new IllegalArgumentException("cannot merge cohort tables of different dates");
    }
    other.months.forEach((id, bits) -> months.computeIfAbsent(id, k -> new BitSet()).or(bits));
    count += other.count;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public CohortTable snapshot() {
    int last = (int) ChronoUnit.MONTHS.between(ORIGIN, YearMonth.from(asOf));
    TreeMap<Integer, long[]> active = new TreeMap<>();
    for (BitSet bits : months.values()) {
      int first = bits.nextSetBit(0);
      long[] row = active.computeIfAbsent(first, f -> new long[last - f + 1]);
      for (int m = first; m >= 0 && m <= last; m = bits.nextSetBit(m + 1)) {
        row[m - first]++;
      }
    }
    List<CohortRow> rows = new ArrayList<>();
    active.forEach(
        (first, row) -> {
          List<Long> list = new ArrayList<>(row.length);
          for (long v : row) {
            list.add(v);
          }
          rows.add(new CohortRow(ORIGIN.plusMonths(first), row[0], list));
        });
    return new CohortTable(YearMonth.from(asOf), rows);
  }
}
