package org.osicam.scoring.profitability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.osicam.core.model.CustomerId;

/**
 * Customers' P&amp;Ls: in total, per period and per segment.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ProfitabilityReport report = Profitability.builder()
 *     .marginRate(0.35)
 *     .costPerInteraction(Channel.EMAIL, 0.02)
 *     .period(PeriodUnit.MONTH)
 *     .build()
 *     .compute(transactions, interactions, Map.of());
 * double margin = report.customer(id).pnl().contributionMargin();
 * List<SegmentPnl> bySegment = report.bySegment(segmentOf);
 * }</pre>
 */
public final class ProfitabilityReport {
  private final Map<CustomerId, Pnl> total;
  private final Map<CustomerId, Map<LocalDate, Pnl>> byPeriod;
  private final PeriodUnit period;

  ProfitabilityReport(
      Map<CustomerId, Pnl> total,
      Map<CustomerId, Map<LocalDate, Pnl>> byPeriod,
      PeriodUnit period) {
    this.total = Collections.unmodifiableMap(new TreeMap<>(total));
    Map<CustomerId, Map<LocalDate, Pnl>> copy = new TreeMap<>();
    byPeriod.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    this.byPeriod = Collections.unmodifiableMap(copy);
    this.period = period;
  }

  /** The period unit of {@link #periods()}. */
  public PeriodUnit periodUnit() {
    return period;
  }

  /** Every customer's P&amp;L over the whole input, by customer id. */
  public List<CustomerPnl> customers() {
    List<CustomerPnl> out = new ArrayList<>(total.size());
    total.forEach((id, p) -> out.add(new CustomerPnl(id, null, p)));
    return out;
  }

  /**
   * One customer's P&amp;L over the whole input.
   *
   * @param id the customer
   * @return the P&amp;L ({@link Pnl#ZERO} amounts when the customer has no activity)
   */
  public CustomerPnl customer(CustomerId id) {
    return new CustomerPnl(id, null, total.getOrDefault(Objects.requireNonNull(id), Pnl.ZERO));
  }

  /** Every customer's P&amp;L per period in which it had activity, by customer then period. */
  public List<CustomerPnl> periods() {
    List<CustomerPnl> out = new ArrayList<>();
    byPeriod.forEach((id, m) -> m.forEach((start, p) -> out.add(new CustomerPnl(id, start, p))));
    return out;
  }

  /**
   * P&amp;L per segment (customers without a segment are grouped under the label the function
   * returns for them).
   *
   * @param segmentOf the segment of each customer
   * @return one entry per segment, sorted by name
   */
  public List<SegmentPnl> bySegment(Function<CustomerId, String> segmentOf) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, Pnl> sums = new LinkedHashMap<>();
    total.forEach(
        (id, p) -> {
          String s = Objects.requireNonNull(segmentOf.apply(id), "segment of " + id);
          counts.computeIfAbsent(s, k -> new long[1])[0]++;
          sums.merge(s, p, Pnl::plus);
        });
    List<SegmentPnl> out = new ArrayList<>();
    counts.forEach((s, c) -> out.add(new SegmentPnl(s, c[0], Objects.requireNonNull(sums.get(s)))));
    return out;
  }

  /** The sum over all customers. */
  public Pnl overall() {
    Pnl sum = Pnl.ZERO;
    for (Pnl p : total.values()) {
      sum = sum.plus(p);
    }
    return sum;
  }
}
