package org.osicam.scoring.rfm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osicam.core.InvalidDataException;
import org.osicam.core.model.Transaction;

/**
 * Orders in columns: for each order, the index of its customer, its date (epoch day) and its
 * amount. Built row by row with {@link #builder()}, from the core model with {@link #of(Iterable)},
 * or from arrays the host already holds with {@link #of(List, int[], int[], double[])}.
 *
 * <pre>{@code
 * Orders orders = Orders.builder()
 *     .add("C1", LocalDate.of(2006, 3, 1), 49.5)
 *     .add("C2", LocalDate.of(2006, 5, 2), 12.0)
 *     .build();
 * }</pre>
 *
 * <p>Immutable once built and thread-safe.
 */
public final class Orders {
  final List<String> customers;
  final int[] customer;
  final int[] day;
  final double[] amount;

  private Orders(List<String> customers, int[] customer, int[] day, double[] amount) {
    this.customers = customers;
    this.customer = customer;
    this.day = day;
    this.amount = amount;
  }

  /** Starts an empty set of orders. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Orders from core transactions: the date is the UTC date of the timestamp, the amount its {@code
   * double} value (currencies are not converted: pass one currency).
   *
   * @param transactions the transactions
   * @return the orders
   */
  public static Orders of(Iterable<Transaction> transactions) {
    Builder b = builder();
    for (Transaction t : transactions) {
      b.add(
          t.customerId().value(),
          LocalDate.ofInstant(t.timestamp(), ZoneOffset.UTC),
          t.amount().doubleValue());
    }
    return b.build();
  }

  /**
   * Orders from arrays (copied).
   *
   * @param customers distinct customer ids; {@code customerIndex} points into it
   * @param customerIndex per order, the index of its customer
   * @param epochDays per order, its date as {@link LocalDate#toEpochDay()}
   * @param amounts per order, its finite amount
   * @return the orders
   * @throws InvalidDataException if the arrays differ in length, an index is out of range, an
   *     amount is not finite or a customer id repeats
   */
  public static Orders of(
      List<String> customers, int[] customerIndex, int[] epochDays, double[] amounts) {
    List<String> ids = List.copyOf(customers);
    int n = customerIndex.length;
    if (epochDays.length != n || amounts.length != n) {
      throw new InvalidDataException(
          "orders arrays", "of one length", n + ", " + epochDays.length + ", " + amounts.length);
    }
    if (new java.util.HashSet<>(ids).size() != ids.size()) {
      throw new InvalidDataException("orders customers", "distinct ids", "a repeated id");
    }
    for (int i = 0; i < n; i++) {
      if (customerIndex[i] < 0 || customerIndex[i] >= ids.size()) {
        throw new InvalidDataException(
            "orders customerIndex[" + i + "]",
            "in 0.." + (ids.size() - 1),
            Integer.toString(customerIndex[i]));
      }
      if (!Double.isFinite(amounts[i])) {
        throw new InvalidDataException(
            "orders amount[" + i + "]", "finite", Double.toString(amounts[i]));
      }
    }
    return new Orders(ids, customerIndex.clone(), epochDays.clone(), amounts.clone());
  }

  /** The number of orders. */
  public int size() {
    return customer.length;
  }

  /** The number of distinct customers. */
  public int customers() {
    return customers.size();
  }

  /** Collects orders row by row; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] customer = new int[1024];
    private int[] day = new int[1024];
    private double[] amount = new double[1024];
    private int n;

    private Builder() {}

    /**
     * Adds one order.
     *
     * @param customerId non-blank customer id
     * @param date order date
     * @param value finite order amount (negative for a refund)
     * @return this builder
     * @throws InvalidDataException if the id is blank or the amount not finite
     */
    public Builder add(String customerId, LocalDate date, double value) {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(date, "date");
      if (customerId.isBlank()) {
        throw new InvalidDataException("order customer id", "non-blank", "\"\"");
      }
      if (!Double.isFinite(value)) {
        throw new InvalidDataException("order amount", "finite", Double.toString(value));
      }
      Integer c = index.get(customerId);
      if (c == null) {
        c = ids.size();
        index.put(customerId, c);
        ids.add(customerId);
      }
      if (n == customer.length) {
        int cap = n * 2;
        customer = Arrays.copyOf(customer, cap);
        day = Arrays.copyOf(day, cap);
        amount = Arrays.copyOf(amount, cap);
      }
      customer[n] = c;
      day[n] = Math.toIntExact(date.toEpochDay());
      amount[n] = value;
      n++;
      return this;
    }

    /** Returns the orders; the builder can be reused. */
    public Orders build() {
      return new Orders(
          List.copyOf(ids),
          Arrays.copyOf(customer, n),
          Arrays.copyOf(day, n),
          Arrays.copyOf(amount, n));
    }
  }
}
