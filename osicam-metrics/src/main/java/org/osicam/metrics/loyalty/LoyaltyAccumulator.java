package org.osicam.metrics.loyalty;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Transaction;
import org.osicam.metrics.MetricAccumulator;

/**
 * Accumulates purchases per customer for {@link LoyaltyResult}. Memory grows with the number of
 * customers. Mutable and not thread-safe. Obtain from {@link Loyalty#accumulator}.
 *
 * <pre>{@code
 * LoyaltyAccumulator loyalty = Loyalty.accumulator(LocalDate.of(2024, 6, 30), Period.ofMonths(3));
 * loyalty.add("C1", LocalDate.of(2024, 2, 10), 40.0);         // previous period
 * loyalty.add("C1", LocalDate.of(2024, 5, 3), 25.0);          // current period
 * LoyaltyResult result = loyalty.snapshot();
 * double retention = result.retentionRate();
 * }</pre>
 */
public final class LoyaltyAccumulator
    implements MetricAccumulator<LoyaltyAccumulator, LoyaltyResult> {
  private final LocalDate asOf;
  private final Period period;
  private final LocalDate currentStart;
  private final LocalDate previousStart;
  private final Map<String, State> customers = new HashMap<>();
  private final Map<String, Double> wallets = new HashMap<>();
  private long count;

  private static final class State {
    LocalDate first;
    int previousOrders;
    int currentOrders;
    double currentRevenue;

    State(LocalDate first) {
      this.first = first;
    }
  }

  LoyaltyAccumulator(LocalDate asOf, Period period) {
    this.asOf = asOf;
    this.period = period;
    this.currentStart = asOf.minus(period);
    this.previousStart = currentStart.minus(period);
  }

  /**
   * Adds one order.
   *
   * @param customerId the buyer
   * @param date the order date
   * @param amount the order value, finite
   * @return this accumulator
   * @throws InvalidDataException if the amount is not finite or the id blank
   */
  public LoyaltyAccumulator add(String customerId, LocalDate date, double amount) {
    Objects.requireNonNull(date, "date");
    if (customerId.isBlank()) {
      throw new InvalidDataException("customerId", "non-blank", "\"\"");
    }
    if (!Double.isFinite(amount)) {
      throw new InvalidDataException("amount", "a finite number", "" + amount);
    }
    count++;
    if (date.isAfter(asOf)) {
      return this;
    }
    State s = customers.computeIfAbsent(customerId, k -> new State(date));
    if (date.isBefore(s.first)) {
      s.first = date;
    }
    if (date.isAfter(currentStart)) {
      s.currentOrders++;
      s.currentRevenue += amount;
    } else if (date.isAfter(previousStart)) {
      s.previousOrders++;
    }
    return this;
  }

  /**
   * Adds a transaction, dated in a time zone.
   *
   * @param transaction the transaction
   * @param zone the zone that defines its calendar date
   * @return this accumulator
   */
  public LoyaltyAccumulator add(Transaction transaction, ZoneId zone) {
    return add(
        transaction.customerId().value(),
        LocalDate.ofInstant(transaction.timestamp(), zone),
        transaction.amount().doubleValue());
  }

  /**
   * Records a customer's total spend in the category over the current period, from any supplier
   * (stated in a survey or estimated), for the share of wallet.
   *
   * @param customerId the customer
   * @param categorySpend positive and finite
   * @return this accumulator
   * @throws InvalidDataException if not positive and finite
   */
  public LoyaltyAccumulator addCategorySpend(String customerId, double categorySpend) {
    if (!(categorySpend > 0) || !Double.isFinite(categorySpend)) {
      throw new InvalidDataException(
          "categorySpend", "a positive finite number", "" + categorySpend);
    }
    wallets.merge(customerId, categorySpend, Double::sum);
    return this;
  }

  @Override
  public void merge(LoyaltyAccumulator other) {
    if (!other.asOf.equals(asOf) || !other.period.equals(period)) {
      throw new IllegalArgumentException("cannot merge accumulators of different dates or periods");
    }
    other.customers.forEach(
        (id, o) -> {
          State s = customers.get(id);
          if (s == null) {
            s = new State(o.first);
            customers.put(id, s);
          } else if (o.first.isBefore(s.first)) {
            s.first = o.first;
          }
          s.previousOrders += o.previousOrders;
          s.currentOrders += o.currentOrders;
          s.currentRevenue += o.currentRevenue;
        });
    other.wallets.forEach((id, w) -> wallets.merge(id, w, Double::sum));
    count += other.count;
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public LoyaltyResult snapshot() {
    long atStart = 0;
    long retained = 0;
    long active = 0;
    long repeat = 0;
    long fresh = 0;
    long orders = 0;
    double revenue = 0;
    for (State s : customers.values()) {
      boolean before = s.previousOrders > 0;
      boolean now = s.currentOrders > 0;
      if (before) {
        atStart++;
      }
      if (now) {
        active++;
        orders += s.currentOrders;
        revenue += s.currentRevenue;
        if (s.currentOrders >= 2) {
          repeat++;
        }
        if (before) {
          retained++;
        }
        if (s.first.isAfter(currentStart)) {
          fresh++;
        }
      }
    }
    double ours = 0;
    double total = 0;
    for (Map.Entry<String, Double> e : wallets.entrySet()) {
      State s = customers.get(e.getKey());
      ours += s == null ? 0 : s.currentRevenue;
      total += e.getValue();
    }
    return new LoyaltyResult(
        asOf, period, atStart, retained, active, fresh, repeat, orders, revenue, ours, total);
  }
}
